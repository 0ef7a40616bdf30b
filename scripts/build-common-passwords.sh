#!/bin/sh
# Builds resources/common-passwords.txt: the common passwords that
# src/platform/password.ts refuses (NIST SP 800-63B §3.1.1.2: compare new
# passwords against a list of commonly used values).
#
# Source: Openwall's password.lst (3,546 entries, public domain), as shipped in
# Debian's john-data package (1.9.0-2), /usr/share/john/password.lst.
# Debian's archive is the only place it is taken from; run as root (apt):
#
#   sh scripts/build-common-passwords.sh
#
# Output: one password a line, lower-cased (the check is case-insensitive),
# de-duplicated, in the list's order (most common first), comments dropped.
set -eu
repo=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
apt-get download john-data=1.9.0-2 >/dev/null
dpkg -x john-data_1.9.0-2_all.deb x
grep -v '^#!comment:' x/usr/share/john/password.lst \
  | tr 'A-Z' 'a-z' \
  | awk 'length($0) > 0 && !seen[$0]++' \
  > "$repo/resources/common-passwords.txt"
wc -l "$repo/resources/common-passwords.txt"
