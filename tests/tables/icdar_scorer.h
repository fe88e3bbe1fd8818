// ICDAR 2013 table competition scoring for the tests, after
// /work/shared/tools/icdar2013_score.py (Goebel et al.): adjacency relations
// between non-empty cells (nearest non-empty neighbour to the right in every
// row a cell spans and below in every column it spans), text normalised with
// NFKC and all whitespace removed, GT and predicted tables of a document
// paired one-to-one for the largest number of common relations; detection:
// regions on the same page paired greedily by IoU >= 0.5.
#pragma once

#include <map>
#include <string>
#include <tuple>
#include <vector>

namespace ogpx::testing::icdar {

struct Cell {
  int sr = 0, sc = 0, er = 0, ec = 0;
  std::string text;
};

struct Region {
  int page = 1;
  double x1 = 0, y1 = 0, x2 = 0, y2 = 0;
};

struct Table {
  std::vector<Cell> cells;
};

using Relations = std::map<std::tuple<std::string, std::string, char>, int>;  // multiset

// Tables of a -str.xml file (row/col increments applied); empty when missing.
std::vector<Table> ReadStructure(const std::string& path);
// Regions of a -reg.xml file.
std::vector<Region> ReadRegions(const std::string& path);

Relations RelationsOf(const Table& t);
int Size(const Relations& r);
int Common(const Relations& a, const Relations& b);

struct Counts {
  int tp = 0, fp = 0, fn = 0;
  double F1() const { return tp == 0 ? 0.0 : 2.0 * tp / (2.0 * tp + fp + fn); }
  Counts& operator+=(const Counts& o) {
    tp += o.tp;
    fp += o.fp;
    fn += o.fn;
    return *this;
  }
};

// Structure counts of one document (tables paired for the most common relations).
Counts Structure(const std::vector<Table>& gt, const std::vector<Table>& pred);
// Detection counts of one document.
Counts Detection(const std::vector<Region>& gt, const std::vector<Region>& pred, double iou = 0.5);

}  // namespace ogpx::testing::icdar
