#!/usr/bin/env bash
# The root file system of the container image, for Jib to put on top of no base image at all ("scratch"): where this
# is built only Maven Central is reachable, so no JDK base image can be pulled. Everything comes from this machine:
#   /opt/java                a Java runtime made by jlink from the building JDK (all its modules, no debug symbols)
#   /lib, /lib64, /usr/lib   the C libraries that runtime and ONNX Runtime's natives link against (ldd), and the loader
#   /opt/payara              Payara Micro (from Maven Central, copied into target/ by the build)
#   /opt/verification        the post-boot commands (batch repository in /data)
#   /etc                     passwd and group (user verification, 1000), hosts, nsswitch.conf, the CA bundle,
#                            os-release and a machine id
#   /data, /tmp              empty, writable by the user
# Usage: assemble-root.sh ROOT JAVA_HOME PAYARA_MICRO_JAR ONNXRUNTIME_UNPACKED_DIR POST_BOOT_COMMANDS
set -euo pipefail
root=$1
java_home=$2
payara_jar=$3
onnx_dir=$4
commands=$5

rm -rf "$root"
mkdir -p "$root/opt/payara" "$root/opt/verification" "$root/etc" "$root/data" "$root/tmp"

"$java_home/bin/jlink" --module-path "$java_home/jmods" --add-modules ALL-MODULE-PATH \
    --strip-debug --no-man-pages --no-header-files --compress=2 --output "$root/opt/java"
# Debian's JDK links its trust store to /etc/ssl/certs/java/cacerts: the image gets the file itself (webhooks over TLS).
cp -L "$java_home/lib/security/cacerts" "$root/opt/java/lib/security/cacerts"

# Every system library (/lib, /usr/lib) the runtime's programs and libraries and ONNX Runtime's natives need, with the
# dynamic loader; the runtime's own libraries are found through its RPATH ($ORIGIN/../lib).
find "$root/opt/java" "$onnx_dir" -type f \( -name '*.so' -o -name '*.so.*' -o -perm -u+x \) -print0 \
    | xargs -0 -r ldd 2>/dev/null \
    | awk '$2 == "=>" && $3 ~ /^\// {print $3} $1 ~ /^\/.*ld-linux/ {print $1}' \
    | grep -E '^/(usr/)?lib(64)?/' \
    | sort -u \
    | while read -r lib; do
        mkdir -p "$root$(dirname "$lib")"
        cp -L "$lib" "$root$lib"
    done
# Debian keeps the loader under /lib64 as a link into /lib/x86_64-linux-gnu; both names must work.
if [ -e /lib64/ld-linux-x86-64.so.2 ]; then
    mkdir -p "$root/lib64"
    cp -L /lib64/ld-linux-x86-64.so.2 "$root/lib64/ld-linux-x86-64.so.2"
fi

# The system's CA bundle (ONNX Runtime looks for it; anything in the JVM uses its own trust store above).
mkdir -p "$root/etc/ssl/certs"
cp -L /etc/ssl/certs/ca-certificates.crt "$root/etc/ssl/certs/ca-certificates.crt"

cp "$payara_jar" "$root/opt/payara/payara-micro.jar"
cp "$commands" "$root/opt/verification/post-boot-commands.asadmin"

printf 'root:x:0:0:root:/root:/sbin/nologin\nverification:x:1000:1000:verification:/data:/sbin/nologin\n' >"$root/etc/passwd"
printf 'root:x:0:\nverification:x:1000:\n' >"$root/etc/group"
printf '127.0.0.1 localhost\n::1 localhost\n' >"$root/etc/hosts"
# ONNX Runtime (1.29) reads /etc/os-release and /etc/machine-id when its environment starts and crashes the JVM (fclose
# of a file it could not open) without them: the build machine's os-release (the libraries are its), a machine id made
# up for this image (never the build machine's own).
cp -L /etc/os-release "$root/etc/os-release"
od -An -N16 -tx1 /dev/urandom | tr -d ' \n' >"$root/etc/machine-id"
echo >>"$root/etc/machine-id"
printf 'passwd: files\ngroup: files\nhosts: files dns\n' >"$root/etc/nsswitch.conf"
echo "Image root assembled in $root ($(du -sh "$root" | cut -f1))"
