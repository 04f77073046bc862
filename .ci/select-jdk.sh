# Sourced by .ci/run and mvnw users: exports JAVA_HOME pointing at a JDK >= 21.
# Keeps a JAVA_HOME that is already new enough; otherwise looks for an installed JDK 21+.
_hillmix_java_major() {
  "$1/bin/java" -XshowSettings:properties -version 2>&1 \
    | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p'
}
_hillmix_ok() { [ -x "$1/bin/javac" ] && [ "$(_hillmix_java_major "$1")" -ge 21 ] 2>/dev/null; }
if [ -n "${JAVA_HOME:-}" ] && _hillmix_ok "$JAVA_HOME"; then
  :
else
  _found=""
  for _jdk in /usr/lib/jvm/* /opt/java/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    if [ -d "$_jdk" ] && _hillmix_ok "$_jdk"; then _found="$_jdk"; fi
  done
  if [ -z "$_found" ] && command -v javac >/dev/null 2>&1; then
    _sys="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
    _hillmix_ok "$_sys" && _found="$_sys"
  fi
  if [ -z "$_found" ]; then
    echo "HILLmix needs a JDK 21 or newer (Eclipse platform bundles require Java 21)." >&2
    echo "Install one (e.g. 'apt-get install openjdk-21-jdk' or a Temurin 21/25) and set JAVA_HOME." >&2
    return 1 2>/dev/null || exit 1
  fi
  export JAVA_HOME="$_found"
fi
export PATH="$JAVA_HOME/bin:$PATH"
echo "Using JDK at $JAVA_HOME" >&2
