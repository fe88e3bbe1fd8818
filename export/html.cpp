// The page skeleton of ogpx's HTML (html.h): escaping, the style sheet and
// the keyboard script, all our own and inline.
#include "export/html.h"

#include <cmath>
#include <cstdio>

#include "base/text.h"

namespace ogpx::exporter {
namespace {

constexpr const char* kStyle = R"css(
:root { --ink: #1b1f24; --muted: #5b6570; --line: #d5dbe1; --paper: #ffffff; --shade: #f4f6f8;
  --box: #d0021b; --focus: #0b61c4; --warn: #9a5b00; --warn-bg: #fff4df;
  --s-not_started: #b8bec6; --s-limited: #f0b429; --s-substantial: #4c9be8; --s-complete: #2f9e44;
  --s-no_report: #ffffff; --s-no_status: #8a63d2; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, "DejaVu Sans", "Liberation Sans", sans-serif;
  color: var(--ink); background: var(--shade); }
nav.top { position: sticky; top: 0; z-index: 5; background: var(--ink); color: #fff; padding: 6px 16px; }
nav.top a { color: #fff; margin-right: 14px; }
nav.top .keys { float: right; color: #c9d1d9; font-size: 13px; }
main, header.doc { max-width: 1500px; margin: 0 auto; padding: 8px 16px; }
h1 { font-size: 22px; margin: 12px 0 6px; word-break: break-word; }
h2 { font-size: 18px; margin: 0 0 8px; }
dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 2px 14px; margin: 8px 0; }
dl.facts dt { color: var(--muted); }
dl.facts dd { margin: 0; word-break: break-all; }
.warning, .wsum { background: var(--warn-bg); border-left: 4px solid var(--warn); padding: 4px 8px;
  margin: 4px 0; list-style: none; }
.warning:focus, .f:focus { outline: 3px solid var(--focus); outline-offset: 1px; }
.code { font-family: "DejaVu Sans Mono", monospace; font-size: 13px; color: var(--warn); }
ul.plain { padding: 0; margin: 0; }
section.record { background: var(--paper); border: 1px solid var(--line); border-radius: 4px;
  margin: 12px 0; padding: 10px 12px; }
section.record.milestone, section.record.entry, section.record.clause { margin-left: 24px; }
.rec { display: grid; grid-template-columns: minmax(320px, 1fr) minmax(280px, 46%); gap: 14px; }
table.fields { border-collapse: collapse; width: 100%; }
table.fields th { text-align: left; vertical-align: top; color: var(--muted); font-weight: normal;
  padding: 3px 8px 3px 0; width: 11em; }
table.fields td { vertical-align: top; padding: 3px 6px; border-top: 1px solid var(--shade); }
table.fields td.where { white-space: nowrap; color: var(--muted); font-size: 13px; width: 6em; }
tr.f { cursor: pointer; }
tr.f.on { background: #eaf2fd; }
tr.f.nobox td.where { color: var(--box); font-weight: bold; }
tr.f.derived td.where { color: var(--muted); font-style: italic; }
td.where .ocr { font-size: 12px; }
tr.f.lowocr td.where .ocr { color: var(--warn); font-weight: bold; }
tr.f.lowocr td.v { background: var(--warn-bg); }
td.v { white-space: pre-wrap; word-break: break-word; }
.pics figure { margin: 0 0 10px; }
.frame { position: relative; border: 1px solid var(--line); background: #fff; line-height: 0; }
.frame img { width: 100%; height: auto; display: block; }
.crop .frame { max-height: 70vh; overflow: auto; }
.thumb { max-width: 240px; }
.hl, .region { position: absolute; border: 2px solid var(--box); pointer-events: none; }
.hl { border-color: transparent; background: rgba(11, 97, 196, 0.06); }
.hl.on { border-color: var(--focus); background: rgba(11, 97, 196, 0.15); }
figcaption { font-size: 12px; color: var(--muted); line-height: 1.3; padding-top: 2px; }
.missing { color: var(--box); }
table.grid { border-collapse: collapse; background: var(--paper); margin: 6px 0 14px; }
table.grid th, table.grid td { border: 1px solid var(--line); padding: 3px 7px; vertical-align: top; text-align: left; }
table.grid th { background: var(--shade); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.bar { display: flex; height: 20px; min-width: 240px; border: 1px solid var(--line); background: #fff; }
.seg { display: flex; align-items: center; justify-content: center; font-size: 12px; overflow: hidden;
  color: #111; }
.seg[data-count="0"] { display: none; }
.s-not_started { background: var(--s-not_started); } .s-limited { background: var(--s-limited); }
.s-substantial { background: var(--s-substantial); } .s-complete { background: var(--s-complete); color: #fff; }
.s-no_report { background: repeating-linear-gradient(45deg, #fff, #fff 4px, #e3e7eb 4px, #e3e7eb 8px); }
.s-no_status { background: var(--s-no_status); color: #fff; }
.legend span.key { display: inline-block; width: 12px; height: 12px; border: 1px solid var(--line);
  vertical-align: -1px; margin: 0 4px 0 12px; }
.overdue { color: var(--box); font-weight: bold; }
tr.late td { background: #fff0f0; }
.tablebox { background: var(--paper); border: 1px solid var(--line); margin: 14px 0; padding: 8px 12px; }
.tablebox table.cells td { border: 1px solid #555; padding: 3px 6px; vertical-align: top; white-space: pre-wrap; }
.tablebox table.cells { border-collapse: collapse; }
.cellbox { position: absolute; border: 1px solid rgba(208, 2, 27, 0.7); pointer-events: none; }
@media print { nav.top { display: none; } .rec { grid-template-columns: 1fr 1fr; } }
)css";

constexpr const char* kScript = R"js(
(function () {
  'use strict';
  var fields = Array.prototype.slice.call(document.querySelectorAll('.f'));
  var warnings = Array.prototype.slice.call(document.querySelectorAll('.warning'));
  function mark(el) {
    document.querySelectorAll('.on').forEach(function (e) { e.classList.remove('on'); });
    if (!el || !el.id) return;
    el.classList.add('on');
    document.querySelectorAll('[data-for="' + el.id + '"]').forEach(function (e) { e.classList.add('on'); });
  }
  function step(list, by) {
    if (!list.length) return;
    var i = list.indexOf(document.activeElement);
    if (i < 0) i = by > 0 ? -1 : 0;
    var next = list[(i + by + list.length) % list.length];
    next.focus({ preventScroll: true });
    next.scrollIntoView({ block: 'center' });
    mark(next);
  }
  fields.forEach(function (f) {
    f.addEventListener('focus', function () { mark(f); });
    f.addEventListener('click', function () { f.focus(); });
  });
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    var tag = e.target && e.target.tagName;
    if (tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT') return;
    if (e.key === 'j' || e.key === 'n') step(fields, 1);
    else if (e.key === 'k' || e.key === 'p') step(fields, -1);
    else if (e.key === 'w') step(warnings, 1);
    else if (e.key === 'W') step(warnings, -1);
    else return;
    e.preventDefault();
  });
})();
)js";

}  // namespace

std::string HtmlEscape(std::string_view s) {
  const std::string valid = text::EscapeInvalidUtf8(s);
  std::string out;
  out.reserve(valid.size());
  for (char c : valid) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

void BeginHtmlPage(std::ostream& out, std::string_view title) {
  out << "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n"
      << "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      << "<meta name=\"generator\" content=\"ogpx\">\n"
      << "<title>" << HtmlEscape(title) << "</title>\n<style>" << kStyle << "</style>\n</head>\n<body>\n";
}

void EndHtmlPage(std::ostream& out) { out << "<script>" << kScript << "</script>\n</body>\n</html>\n"; }

std::string HtmlNumber(double value, int decimals) {
  if (!std::isfinite(value)) return "0";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
  std::string s = buf;
  for (char& c : s)
    if (c == ',') c = '.';  // a locale's decimal comma
  if (s.find('.') != std::string::npos) {
    while (s.back() == '0') s.pop_back();
    if (s.back() == '.') s.pop_back();
  }
  if (s == "-0") s = "0";
  return s;
}

}  // namespace ogpx::exporter
