#!/usr/bin/env bash
# CI's stand-in for node:24-bookworm-slim, which cannot be pulled here: a Debian 12 root file
# system from Debian's own packages (mmdebstrap), this Node 24 binary (the `node` npm package's),
# npm from the npm registry and a `node` user (1000:1000) as in the official image, imported
# into podman as $IMAGE. The CAs this machine trusts are trusted inside too, so the build's
# `npm ci` works behind the same TLS-intercepting proxy as the host's.
#
#   tests/container/base.sh <node binary> [image]     (image default localhost/avaa-base:24)
#
# Skips the work when $IMAGE already holds a base built from the same inputs (label avaa.base.key).
set -euo pipefail

NODE_BIN=${1:?usage: base.sh <node binary> [image]}
IMAGE=${2:-localhost/avaa-base:24}
NPM_VERSION=11.21.3
SUITE=bookworm
CACHE=${AVAA_CONTAINER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/avaa-container}

node_version=$("$NODE_BIN" --version)
case "$node_version" in v24.*) ;; *) echo "base.sh: $NODE_BIN is $node_version, not Node 24" >&2; exit 1 ;; esac

local_cas=(/usr/local/share/ca-certificates/*.crt)
[ -e "${local_cas[0]}" ] || local_cas=()
key=$(cat "$0" "${local_cas[@]}" <(echo "$node_version $NPM_VERSION $SUITE") | sha256sum | cut -c1-16)
if [ "$(podman image inspect --format '{{index .Labels "avaa.base.key"}}' "$IMAGE" 2>/dev/null)" = "$key" ]; then
  echo "base.sh: $IMAGE is up to date ($key)"
  exit 0
fi

mkdir -p "$CACHE/debs"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
npm_tgz="$CACHE/npm-$NPM_VERSION.tgz"
if [ ! -s "$npm_tgz" ]; then
  (cd "$work" && npm pack --silent "npm@$NPM_VERSION" >/dev/null)
  mv "$work/npm-$NPM_VERSION.tgz" "$npm_tgz"
fi
mkdir -p "$work/local/bin" "$work/local/lib/node_modules/npm" "$work/cas"
cp "$NODE_BIN" "$work/local/bin/node"
tar -xzf "$npm_tgz" -C "$work/local/lib/node_modules/npm" --strip-components=1
ln -s ../lib/node_modules/npm/bin/npm-cli.js "$work/local/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "$work/local/bin/npx"
[ ${#local_cas[@]} -eq 0 ] || cp "${local_cas[@]}" "$work/cas/"

# minbase: essential packages and apt (libc6, libstdc++6, libgcc-s1: all Node needs), plus
# ca-certificates for npm. Downloaded .debs are kept in $CACHE/debs for the next run.
mmdebstrap --quiet --variant=minbase --include=ca-certificates \
  --skip=download/empty --skip=essential/unlink \
  --setup-hook='mkdir -p "$1"/var/cache/apt/archives/' \
  --setup-hook="sync-in $CACHE/debs /var/cache/apt/archives/" \
  --customize-hook="sync-out /var/cache/apt/archives $CACHE/debs" \
  --customize-hook="cp -a $work/local/. \"\$1\"/usr/local/" \
  --customize-hook="cp -a $work/cas/. \"\$1\"/usr/local/share/ca-certificates/" \
  --customize-hook='chroot "$1" update-ca-certificates >/dev/null' \
  --customize-hook='chroot "$1" groupadd --gid 1000 node' \
  --customize-hook='chroot "$1" useradd --uid 1000 --gid node --shell /bin/bash --create-home node' \
  --customize-hook='rm -rf "$1"/var/lib/apt/lists/* "$1"/var/cache/apt/archives/*.deb' \
  "$SUITE" "$work/rootfs.tar" \
  "deb http://deb.debian.org/debian $SUITE main" \
  "deb http://deb.debian.org/debian $SUITE-updates main" \
  "deb http://deb.debian.org/debian-security $SUITE-security main"

podman import \
  --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
  --change 'ENV NODE_EXTRA_CA_CERTS=/etc/ssl/certs/ca-certificates.crt' \
  --change "LABEL avaa.base.key=$key" \
  --change 'CMD ["node"]' \
  "$work/rootfs.tar" "$IMAGE" >/dev/null
echo "base.sh: built $IMAGE ($node_version, npm $NPM_VERSION, Debian $SUITE, key $key)"
