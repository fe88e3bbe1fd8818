# The ogpx worker image (docs/scale-out.md): Debian 12, built from this
# repository with exactly the packages of .ci/deps, then a slim runtime with
# the libraries and OCR data ogpx needs to run.
#   docker build -f deploy/worker.Dockerfile -t ogpx-worker:0.1.0 .
#   docker run --rm -v /srv/archive:/archive:ro ogpx-worker:0.1.0 \
#     ingest --shard 0/4 --db postgresql://ogpx@db.example/ogpx /archive
FROM debian:12 AS build
COPY . /src
WORKDIR /src
# The same packages as CI (.ci/deps installs what is missing, as root).
RUN .ci/deps \
 && cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DOGPX_BUILD_TESTS=OFF \
 && cmake --build build -j"$(nproc)" && cmake --install build --prefix /opt/ogpx

FROM debian:12
# Runtime: Poppler, Tesseract with English, Mongolian and orientation data,
# ICU, SQLite, libpq, libxlsxwriter (the libraries the build linked; .ci/deps
# has their -dev packages).
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends \
      libpoppler-cpp0v5 libpoppler126 libfontconfig1 libtesseract5 liblept5 \
      tesseract-ocr-eng tesseract-ocr-mon tesseract-ocr-osd \
      libicu72 libsqlite3-0 libpq5 libxlsxwriter4 libgomp1 fonts-dejavu-core ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --home /work ogpx && mkdir -p /work && chown ogpx /work
COPY --from=build /opt/ogpx /opt/ogpx
ENV PATH=/opt/ogpx/bin:$PATH LC_ALL=C.UTF-8
USER ogpx
WORKDIR /work
ENTRYPOINT ["ogpx"]
