# The ogpx worker image (docs/scale-out.md): Debian 12, built from this
# repository with exactly the packages of .ci/deps, then a slim runtime that
# installs ogpx's .deb (with what it depends on).
#   docker build -f deploy/worker.Dockerfile -t ogpx-worker:0.1.0 .
#   docker run --rm -v /srv/archive:/archive:ro ogpx-worker:0.1.0 \
#     ingest --shard 0/4 --db postgresql://ogpx@db.example/ogpx /archive
FROM debian:12 AS build
COPY . /src
WORKDIR /src
# The same packages as CI (.ci/deps installs what is missing, as root), then
# the Debian package of cmake/Install.cmake (docs/install.md).
RUN .ci/deps \
 && cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DOGPX_BUILD_TESTS=OFF \
 && cmake --build build -j"$(nproc)" \
 && cpack --config build/CPackConfig.cmake -G DEB -B /deb

FROM debian:12
# Runtime: ogpx's .deb; apt resolves its Depends (the shared libraries
# dpkg-shlibdeps found in the binary: Poppler, Tesseract, ICU, SQLite, libpq5,
# libxlsxwriter, ...; and the eng, mon and osd OCR data).
COPY --from=build /deb/ogpx_*.deb /tmp/
RUN apt-get update -qq && apt-get install -y -qq --no-install-recommends \
      /tmp/ogpx_*.deb fonts-dejavu-core ca-certificates \
 && rm -rf /var/lib/apt/lists/* /tmp/ogpx_*.deb \
 && useradd --system --home /work ogpx && mkdir -p /work && chown ogpx /work
ENV LC_ALL=C.UTF-8
USER ogpx
WORKDIR /work
ENTRYPOINT ["ogpx"]
