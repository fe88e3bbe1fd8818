#include "model/sql.h"

#include <algorithm>

namespace ogpx::model::sql {

Stmt::Stmt(Conn& conn, std::string_view sql) { cursor_ = conn.Prepare(sql, error_); }

Stmt& Stmt::Bind(int index, int64_t value) {
  if (cursor_) cursor_->Bind(index, value);
  return *this;
}

Stmt& Stmt::Bind(int index, double value) {
  if (cursor_) cursor_->Bind(index, value);
  return *this;
}

Stmt& Stmt::Bind(int index, std::string_view value) {
  if (cursor_) cursor_->Bind(index, value);
  return *this;
}

Stmt& Stmt::BindNull(int index) {
  if (cursor_) cursor_->BindNull(index);
  return *this;
}

bool Stmt::Step() {
  if (!cursor_ || error_) return false;
  return cursor_->Step(error_);
}

std::optional<Error> Stmt::Run() {
  while (Step()) {
  }
  return error_;
}

Result<int64_t> Stmt::Id() {
  if (!Step())
    return error_ ? *error_ : Error{ErrorKind::kIo, "", std::nullopt, "database error: no id returned"};
  const int64_t id = Int(0);
  if (auto e = Run()) return *e;
  return id;
}

void Stmt::Reset() {
  if (cursor_) cursor_->Reset();
}

std::optional<int64_t> Stmt::OptInt(int col) const {
  if (IsNull(col)) return std::nullopt;
  return Int(col);
}

std::optional<int> Stmt::OptInt32(int col) const {
  if (IsNull(col)) return std::nullopt;
  return static_cast<int>(Int(col));
}

std::optional<std::string> Stmt::OptText(int col) const {
  if (IsNull(col)) return std::nullopt;
  return Text(col);
}

Transaction::Transaction(Conn& conn, bool serialize_writers) : conn_(conn) {
  begin_error_ = conn.Begin(serialize_writers);
  open_ = !begin_error_;
}

Transaction::~Transaction() {
  if (open_) conn_.Exec("ROLLBACK");
}

std::optional<Error> Transaction::Commit() {
  if (!open_) return Error{ErrorKind::kInternal, "", std::nullopt, "no open transaction"};
  auto err = conn_.Exec("COMMIT");
  if (!err) open_ = false;
  return err;
}

Result<int64_t> QueryInt(Conn& conn, const std::string& sql) {
  Stmt st(conn, sql);
  if (!st.Step())
    return st.error() ? *st.error() : Error{ErrorKind::kIo, "", std::nullopt, "no row for '" + sql + "'"};
  return st.Int(0);
}

std::string NumberedParameters(std::string_view sql, int* count) {
  std::string out;
  int most = 0;
  out.reserve(sql.size() + 16);
  int next = 0;
  for (std::size_t i = 0; i < sql.size(); ++i) {
    const char c = sql[i];
    if (c == '\'' || c == '"') {  // a literal or a quoted name, quotes doubled inside
      std::size_t end = i + 1;
      while (end < sql.size() && !(sql[end] == c && (end + 1 >= sql.size() || sql[end + 1] != c)))
        end += sql[end] == c ? 2 : 1;
      out.append(sql.substr(i, end + 1 - i));
      i = end;
    } else if (c == '-' && i + 1 < sql.size() && sql[i + 1] == '-') {
      std::size_t end = sql.find('\n', i);
      if (end == std::string_view::npos) end = sql.size() - 1;
      out.append(sql.substr(i, end + 1 - i));
      i = end;
    } else if (c == '?') {
      std::size_t digits = i + 1;
      while (digits < sql.size() && sql[digits] >= '0' && sql[digits] <= '9') ++digits;
      out += '$';
      if (digits > i + 1) {
        const std::string_view n = sql.substr(i + 1, digits - i - 1);
        out.append(n);
        most = std::max(most, std::stoi(std::string(n)));
        i = digits - 1;
      } else {
        out += std::to_string(++next);
        most = std::max(most, next);
      }
    } else {
      out += c;
    }
  }
  if (count) *count = most;
  return out;
}

std::string PrintableUrl(const std::string& url) {
  const std::size_t scheme = url.find("://");
  const std::size_t at = url.find('@');
  if (scheme == std::string::npos || at == std::string::npos) return url;
  const std::size_t colon = url.find(':', scheme + 3);
  if (colon == std::string::npos || colon > at) return url;
  return url.substr(0, colon) + url.substr(at);
}

}  // namespace ogpx::model::sql
