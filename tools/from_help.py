#!/usr/bin/env python3
"""Man pages and shell completions made from ogpx's own help text.

The help of every command comes from the same CLI11 declarations that parse
its command line (cli/command_line.h, cli/help_format.cpp), so what is made
here cannot disagree with what ogpx accepts. The layout read is the one
cli/help_format.cpp writes:

    usage: ogpx NAME ...
    <blank>
    description paragraphs
    <blank>
    GROUP:
      -s, --long VALUE      description
                            continued
    <blank>
    notes ("exit: ...", "example: ...")

usage: from_help.py OGPX OUT_DIR
writes OUT_DIR/man/ogpx.1.gz, OUT_DIR/man/ogpx-COMMAND.1.gz (one per
command), OUT_DIR/completions/ogpx (bash) and OUT_DIR/completions/_ogpx (zsh).
"""
import gzip
import os
import re
import subprocess
import sys

OPTION = re.compile(r"^  (-\S.*?)(?:\s{2,}(.*))?$")
GROUP = re.compile(r"^(\S.*):$")
CONTINUED = " " * 24


def run(ogpx, *args):
    return subprocess.run([ogpx, *args], check=True, capture_output=True, text=True).stdout


def commands(ogpx):
    """[(name, summary)] from `ogpx --help`."""
    out, listing = [], False
    for line in run(ogpx, "--help").splitlines():
        if line == "commands:":
            listing = True
        elif listing and not line.strip():
            break
        elif listing:
            name, summary = line.strip().split(None, 1)
            out.append((name, summary))
    return out


def parse(text):
    """A command's help as usage, description lines, [(group, [(names, description)])], notes lines."""
    lines = text.splitlines()
    usage = lines[0][len("usage: "):]
    description, groups, notes = [], [], []
    i = 2
    while i < len(lines) and not (GROUP.match(lines[i]) and i + 1 < len(lines) and lines[i + 1].startswith("  -")):
        description.append(lines[i])
        i += 1
    while i < len(lines):
        group = GROUP.match(lines[i])
        if group and i + 1 < len(lines) and lines[i + 1].startswith("  -"):
            options = []
            i += 1
            while i < len(lines) and lines[i].startswith("  "):
                m = OPTION.match(lines[i])
                if m:
                    options.append([m.group(1).strip(), m.group(2) or ""])
                elif lines[i].startswith(CONTINUED) and options:
                    options[-1][1] = (options[-1][1] + " " + lines[i].strip()).strip()
                i += 1
            groups.append((group.group(1), options))
        elif lines[i].strip() or notes:
            notes.append(lines[i])
        i += 1
    while description and not description[-1].strip():
        description.pop()
    while notes and not notes[-1].strip():
        notes.pop()
    return usage, description, groups, notes


def roff(text):
    """Escapes text for roff: backslashes, and a leading dot or quote."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\\&" + text if text.startswith((".", "'")) else text


def paragraphs(lines):
    """Blank-separated paragraphs; indented ones kept as they are."""
    out, block = [], []
    for line in lines + [""]:
        if line.strip():
            block.append(line)
        elif block:
            out.append(block)
            block = []
    return out


def man_paragraphs(lines):
    out = []
    for block in paragraphs(lines):
        if any(l.startswith(" ") for l in block[1:]) or len(block) == 1 and ":" in block[0][:10]:
            out += [".PP", ".nf"] + [roff(l) for l in block] + [".fi"]
        else:
            out += [".PP", roff(" ".join(l.strip() for l in block))]
    return out


def man_page(name, summary, usage, description, groups, notes, version):
    title = name.upper()
    out = ['.TH %s 1 "" "%s" "User Commands"' % (roff(title), roff(version)), ".SH NAME",
           "%s \\- %s" % (roff(name), roff(summary)), ".SH SYNOPSIS", ".B " + roff(usage), ".SH DESCRIPTION"]
    out += man_paragraphs(description)
    for group, options in groups:
        out.append(".SH OPTIONS" if group == "options" else ".SS " + roff(group[0].upper() + group[1:]))
        for names, text in options:
            out += [".TP", ".B " + roff(names), roff(text)]
    if notes:
        out.append(".SH NOTES")
        out += man_paragraphs(notes)
    out += [".SH SEE ALSO", "\\fBogpx\\fR(1), and the documentation in /usr/share/doc/ogpx/"]
    return "\n".join(out) + "\n"


def main_page(ogpx, version, cmds):
    text = run(ogpx, "--help")
    out = ['.TH OGPX 1 "" "%s" "User Commands"' % roff(version), ".SH NAME",
           "ogpx \\- Open Government Partnership documents (PDF) into data", ".SH SYNOPSIS",
           ".B ogpx \\fICOMMAND\\fR [\\fIoptions\\fR] [\\-\\-] [\\fIARGUMENTS\\fR]", ".br",
           ".B ogpx help \\fICOMMAND\\fR", ".br", ".B ogpx \\-V", ".SH DESCRIPTION", ".PP",
           roff(" ".join(text.split("\n\n")[0].split("\n")[0:2]).split(": ", 1)[1]), ".SH COMMANDS"]
    for name, summary in cmds:
        out += [".TP", "\\fBogpx\\-%s\\fR(1)" % name, roff(summary)]
    exit_codes = text[text.index("exit codes:"):].strip().splitlines()
    out += [".SH EXIT STATUS", ".nf"] + [roff(l.strip()) for l in exit_codes] + [".fi"]
    out += [".SH SEE ALSO"] + [", ".join("\\fBogpx\\-%s\\fR(1)" % n for n, _ in cmds)]
    return "\n".join(out) + "\n"


def write_gz(path, text):
    with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", filename="", mtime=0) as f:
        f.write(text.encode("utf-8"))


def option_words(groups):
    """Every option name ("-j", "--jobs") with whether it takes a value."""
    out = []
    for _, options in groups:
        for names, _ in options:
            parts = names.split(" ")
            takes_value = len(parts) > 1 and not parts[-1].startswith("-")
            for word in " ".join(parts[:-1] if takes_value else parts).split(", "):
                out.append((word.strip(), takes_value))
    return out


def bash_completion(cmds, options):
    cases = "\n".join('    %s) opts="%s" ;;' % (n, " ".join(w for w, _ in options[n])) for n, _ in cmds)
    names = " ".join(n for n, _ in cmds)
    return """# bash completion for ogpx, made from `ogpx help COMMAND` by tools/from_help.py
_ogpx() {
  local cur=${COMP_WORDS[COMP_CWORD]} commands="%s" opts=""
  if [[ $COMP_CWORD -eq 1 ]]; then
    COMPREPLY=($(compgen -W "$commands help -h --help -V --version" -- "$cur"))
    return
  fi
  case ${COMP_WORDS[1]} in
    help) COMPREPLY=($(compgen -W "$commands" -- "$cur")); return ;;
%s
  esac
  if [[ $cur == -* ]]; then
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
  else
    COMPREPLY=($(compgen -f -- "$cur"))
  fi
}
complete -o filenames -F _ogpx ogpx
""" % (names, cases)


def zsh_quote(text):
    text = re.split(r" \(|; |\. |: ", text)[0].rstrip(" .;")
    return text.replace("\\", "").replace("'", "").replace("[", "(").replace("]", ")").replace(":", " ")


def zsh_completion(cmds, options, descriptions):
    described = "\n".join("    '%s:%s'" % (n, zsh_quote(s)) for n, s in cmds)
    cases = []
    for n, _ in cmds:
        specs = []
        for word, takes_value in options[n]:
            spec = "'%s[%s]" % (word, zsh_quote(descriptions[n].get(word, "")))
            specs.append(spec + (":value:_files'" if takes_value else "'"))
        cases.append("    %s) _arguments -s %s '*:file:_files' ;;" % (n, " ".join(specs)))
    return """#compdef ogpx
# zsh completion for ogpx, made from `ogpx help COMMAND` by tools/from_help.py
_ogpx() {
  local -a commands
  commands=(
%s
  )
  if (( CURRENT == 2 )); then
    _describe 'command' commands
    return
  fi
  case $words[2] in
    help) _describe 'command' commands ;;
%s
  esac
}
_ogpx "$@"
""" % (described, "\n".join(cases))


def main():
    ogpx, out = sys.argv[1], sys.argv[2]
    version = run(ogpx, "--version").strip()
    os.makedirs(os.path.join(out, "man"), exist_ok=True)
    os.makedirs(os.path.join(out, "completions"), exist_ok=True)
    cmds = commands(ogpx)
    write_gz(os.path.join(out, "man", "ogpx.1.gz"), main_page(ogpx, version, cmds))
    options, descriptions = {}, {}
    for name, summary in cmds:
        usage, description, groups, notes = parse(run(ogpx, "help", name))
        write_gz(os.path.join(out, "man", "ogpx-%s.1.gz" % name),
                 man_page("ogpx-" + name, summary, usage, description, groups, notes, version))
        options[name] = option_words(groups)
        descriptions[name] = {}
        for _, opts in groups:
            for names, text in opts:
                for word, _ in option_words([("", [(names, text)])]):
                    descriptions[name][word] = text
    with open(os.path.join(out, "completions", "ogpx"), "w") as f:
        f.write(bash_completion(cmds, options))
    with open(os.path.join(out, "completions", "_ogpx"), "w") as f:
        f.write(zsh_completion(cmds, options, descriptions))


if __name__ == "__main__":
    main()
