import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { commandUsage, parseCommandArgs, runCommand, UsageError, type CommandSpec, type ParsedArgs } from './args.ts';

const copy: CommandSpec = {
  name: 'copy',
  summary: 'Copy a file.',
  positionals: [{ name: 'from' }, { name: 'to', optional: true }],
  options: {
    force: { description: 'overwrite' },
    mode: { value: 'MODE', description: 'file mode' },
    owner: { value: 'NAME', required: true, description: 'new owner' },
  },
};

const parse = (...argv: string[]) => parseCommandArgs(copy, argv) as ParsedArgs;
const refusal = (...argv: string[]) => {
  try {
    parseCommandArgs(copy, argv);
  } catch (error) {
    assert.ok(error instanceof UsageError);
    return error.message;
  }
  assert.fail(`accepted ${argv.join(' ')}`);
};

describe('command-line parsing against a declaration', () => {
  it('reads positionals, flags and valued options in either form', () => {
    const args = parse('a', '--owner', 'ole', '--mode=0600', '--force', 'b');
    assert.deepEqual(args.positionals, ['a', 'b']);
    assert.deepEqual([...args.flags], [['owner', 'ole'], ['mode', '0600'], ['force', true]]);
  });

  it('answers help for --help or -h anywhere before --, whatever else is wrong', () => {
    assert.equal(parseCommandArgs(copy, ['--help']), 'help');
    assert.equal(parseCommandArgs(copy, ['--nonsense', 'x', '-h']), 'help');
    assert.deepEqual(parse('--owner', 'ole', '--', '--help').positionals, ['--help']);
  });

  it('refuses unknown options, naming the option and the command', () => {
    assert.equal(refusal('a', '--owner', 'x', '--frobnicate'), 'Unknown option --frobnicate for "copy".');
    assert.equal(refusal('a', '--owner', 'x', '-f'), 'Unknown option -f for "copy".');
    assert.equal(refusal('a', '--owner', 'x', '--secret=1'), 'Unknown option --secret for "copy".');
  });

  it('refuses missing and surplus arguments, missing values, values on flags and repeated options', () => {
    assert.equal(refusal('--owner', 'x'), 'Missing <from> for "copy".');
    assert.equal(refusal('a', 'b', 'c', '--owner', 'x'), 'Unexpected argument "c" for "copy".');
    assert.equal(refusal('a'), 'Missing --owner NAME for "copy".');
    assert.equal(refusal('a', '--owner'), 'Option --owner needs a value: --owner NAME.');
    assert.equal(refusal('a', '--owner', '--force'), 'Option --owner needs a value: --owner NAME.');
    assert.equal(refusal('a', '--owner', 'x', '--force=yes'), 'Option --force takes no value.');
    assert.equal(refusal('a', '--owner', 'x', '--owner', 'y'), 'Option --owner is given more than once.');
  });

  it('takes "-" and negative numbers as values, not options', () => {
    assert.deepEqual(parse('-', '-1', '--owner', 'x').positionals, ['-', '-1']);
  });

  it('describes a command from its declaration', () => {
    const usage = commandUsage(copy, ['tool']);
    assert.match(usage, /^Usage: tool copy --owner NAME <from> \[to\] \[--force\] \[--mode MODE\]\n\nCopy a file\./);
    assert.match(usage, /--mode MODE +file mode/);
    assert.match(usage, /-h, --help +show this help/);
  });
});

describe('running a command group', () => {
  const ran: string[][] = [];
  const group: CommandSpec = {
    name: 'tool',
    summary: 'A tool.',
    subcommands: [{ ...copy, run: (args) => (ran.push(args.positionals), 0) }],
  };
  const run = async (...argv: string[]) => {
    const lines: string[] = [];
    let contextMade = false;
    const code = await runCommand(group, argv, (line) => lines.push(line), () => ((contextMade = true), { out: () => {} }));
    return { code, text: lines.join('\n'), contextMade };
  };

  it('runs the body only for a command line that fits, after making the context', async () => {
    assert.deepEqual(await run('copy', 'a', '--owner', 'x'), { code: 0, text: '', contextMade: true });
    assert.deepEqual(ran, [['a']]);
  });

  it('answers help with exit code 0 and usage errors with exit code 2 and the usage, without making the context', async () => {
    for (const argv of [['--help'], ['help'], ['help', 'copy'], ['copy', '--help']]) {
      const result = await run(...argv);
      assert.equal(result.code, 0, argv.join(' '));
      assert.match(result.text, /^Usage: tool/);
      assert.equal(result.contextMade, false);
    }
    for (const argv of [[], ['paste'], ['--verbose'], ['copy', 'a', '--owner', 'x', '--verbose']]) {
      const result = await run(...argv);
      assert.equal(result.code, 2, argv.join(' '));
      assert.match(result.text, /Usage: tool/);
      assert.equal(result.contextMade, false);
    }
    assert.match((await run('paste')).text, /^Unknown command "paste"\./);
    assert.match((await run('copy', 'a', '--owner', 'x', '--verbose')).text, /^Unknown option --verbose for "tool copy"\.\n\nUsage: tool copy /);
  });
});
