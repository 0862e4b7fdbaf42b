// Duplicate keys come from yaml's own uniqueKeys check; the problem must still name the key and
// point at the second occurrence, where the hand-written walk it replaced pointed (positions below
// are that walk's output on the same text).
import { expect } from 'chai';
import { parseYaml } from '../src/load/yaml-file.js';

const brief = (text: string) =>
  parseYaml('f.yaml', text).problems.map((p) => `${p.line}:${p.col} ${p.code} ${p.message}`);

describe('YAML duplicate keys', () => {
  it('points at every second key: nested, quoted, in a flow map, in a sequence item', () => {
    const text =
      'a: 1\n' + //           1
      'b:\n' + //             2
      '  c: 2\n' + //         3
      '  c: 3\n' + //         4  nested
      '"a": 4\n' + //         5  quoted, same key as line 1
      'list:\n' + //          6
      '  - { x: 1, x: 2 }\n' + // 7  flow map
      '  - y: 1\n' + //       8
      '    z: 2\n' + //       9
      '    y: 3\n'; //        10 in a sequence item
    expect(brief(text)).to.deep.equal([
      "4:3 DUPLICATE_KEY duplicate key 'c'",
      "5:1 DUPLICATE_KEY duplicate key 'a'",
      "7:13 DUPLICATE_KEY duplicate key 'x'",
      "10:5 DUPLICATE_KEY duplicate key 'y'",
    ]);
    expect(parseYaml('f.yaml', text).yaml.data).to.equal(undefined);
  });

  it('reports syntax errors alone while the file does not parse', () => {
    expect(brief('a: 1\na: [\n')).to.deep.equal([
      '3:1 YAML_SYNTAX Flow sequence in block collection must be sufficiently indented and end with a ]',
    ]);
  });

  it('reads a file without duplicates', () => {
    const r = parseYaml('f.yaml', 'a: 1\nb: { a: 2 }\n');
    expect(r.problems).to.deep.equal([]);
    expect(r.yaml.data).to.deep.equal({ a: 1, b: { a: 2 } });
  });
});
