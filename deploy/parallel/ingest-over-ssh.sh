#!/bin/sh
# One batch over machines reached by ssh, with GNU parallel
# (docs/scale-out.md). Every host sees the archive at the same path (NFS,
# or a copy) and has ogpx; PostgreSQL's password is in each host's
# ~/.pgpass. Two ways:
#   deploy/parallel/ingest-over-ssh.sh shard HOST... -- fixed shards, one per host
#   deploy/parallel/ingest-over-ssh.sh claim HOST... -- every host claims files until none is left
# ARCHIVE and OGPX_DB from the environment.
set -eu
mode=${1:?usage: ingest-over-ssh.sh shard|claim HOST...}
shift
archive=${ARCHIVE:-/srv/archive}
db=${OGPX_DB:-postgresql://ogpx@db.example.org/ogpx}
hosts=$(echo "$@" | tr ' ' ',')
n=$#
case "$mode" in
shard)
  # Job K runs on a free host: --shard K/N; --jobs 1 per host, so that each
  # host runs one shard at a time and all N run at once.
  seq 0 $((n - 1)) | parallel --sshlogin "$hosts" --jobs 1 --line-buffer --tag \
    "ogpx ingest --quiet --shard {}/$n --db '$db' '$archive' || [ \$? -eq 1 ]"
  ;;
claim)
  # The same command once on every host (--nonall): each claims the next
  # unread file through the database; a host that dies leaves its claim to
  # the others once its lease (10 minutes) has passed.
  parallel --nonall --sshlogin "$hosts" --line-buffer --tag \
    "ogpx ingest --quiet --claim --db '$db' '$archive' || [ \$? -eq 1 ]"
  ;;
*) echo "usage: ingest-over-ssh.sh shard|claim HOST..." >&2; exit 2 ;;
esac
