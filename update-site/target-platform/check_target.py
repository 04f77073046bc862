#!/usr/bin/env python3
"""Checks and helps update update-site/target-platform/hillmix.target (a development tool; the build never runs it).

  check_target.py check [ROOT_BSN ...]
      Reads every pinned artifact of hillmix.target, fetches its MANIFEST.MF from Maven Central
      (HTTP range requests on the jar's zip directory, so only a few KB per jar), and follows every
      non-optional Require-Bundle, Import-Package, Fragment-Host and Require-Capability from the
      roots (default: the bundles the HILLmix build and tests start from). Prints each requirement
      nothing in the target satisfies. JDK packages count as provided; p2 treats
      effective:=active requirements as binding, so they are followed too.

  check_target.py newest CUTOFF GROUP:ARTIFACT ...
      For each artifact prints the newest release whose bundle qualifier date (vYYYYMMDD) is not
      after CUTOFF, i.e. the version a platform release built up to CUTOFF shipped.

Manifests are cached in ~/.cache/hillmix-target. Needs network access to Maven Central.
"""
import os
import re
import struct
import subprocess
import sys
import urllib.request
import xml.etree.ElementTree as ET
import zlib

CENTRAL = "https://repo.maven.apache.org/maven2"
CACHE = os.path.expanduser("~/.cache/hillmix-target")
TARGET = os.path.join(os.path.dirname(os.path.abspath(__file__)), "hillmix.target")
DEFAULT_ROOTS = ["org.eclipse.ui", "org.eclipse.ui.ide.application", "org.eclipse.swt.gtk.linux.x86_64",
                 "org.apache.felix.scr", "org.eclipse.equinox.event", "org.eclipse.equinox.launcher",
                 "org.eclipse.equinox.p2.director.app", "org.eclipse.equinox.p2.touchpoint.eclipse",
                 "org.eclipse.equinox.p2.touchpoint.natives",
                 "org.eclipse.equinox.p2.transport.ecf", "org.eclipse.equinox.frameworkadmin.equinox",
                 "org.eclipse.osgi.compatibility.state", "junit-jupiter-api", "junit-jupiter-engine"]


def http(url, byte_range=None):
    req = urllib.request.Request(url)
    if byte_range:
        req.add_header("Range", "bytes=" + byte_range)
    with urllib.request.urlopen(req, timeout=60) as r:
        return r.read(), r.headers.get("Content-Range")


def jar_url(g, a, v):
    return "%s/%s/%s/%s/%s-%s.jar" % (CENTRAL, g.replace(".", "/"), a, v, a, v)


def manifest(g, a, v):
    os.makedirs(CACHE, exist_ok=True)
    f = os.path.join(CACHE, "%s__%s__%s.MF" % (g, a, v))
    if os.path.exists(f):
        return open(f, encoding="utf-8").read()
    url = jar_url(g, a, v)
    tail, content_range = http(url, "-65536")
    total = int(content_range.split("/")[1]) if content_range else len(tail)
    eocd = tail.rfind(b"PK\x05\x06")
    cd_size, cd_off = struct.unpack("<II", tail[eocd + 12:eocd + 20])
    start = total - len(tail)
    cd = tail[cd_off - start:cd_off - start + cd_size] if cd_off >= start else \
        http(url, "%d-%d" % (cd_off, cd_off + cd_size - 1))[0]
    text, p = "", 0
    while p < len(cd) and cd[p:p + 4] == b"PK\x01\x02":
        method, = struct.unpack("<H", cd[p + 10:p + 12])
        csize, _, nlen, xlen, clen = struct.unpack("<IIHHH", cd[p + 20:p + 34])
        loff, = struct.unpack("<I", cd[p + 42:p + 46])
        if cd[p + 46:p + 46 + nlen] == b"META-INF/MANIFEST.MF":
            hdr = http(url, "%d-%d" % (loff, loff + 30 + 1024 + csize))[0]
            n2, x2 = struct.unpack("<HH", hdr[26:30])
            data = hdr[30 + n2 + x2:30 + n2 + x2 + csize]
            text = (zlib.decompress(data, -15) if method == 8 else data).decode("utf-8", "replace")
            break
        p += 46 + nlen + xlen + clen
    open(f, "w", encoding="utf-8").write(text)
    return text


def headers(text):
    h, key = {}, None
    for line in text.splitlines():
        if line.startswith(" ") and key:
            h[key] += line[1:]
        elif ":" in line:
            key, val = line.split(":", 1)
            h[key] = val.strip()
    return h


def clauses(value):
    out, cur, quoted = [], "", False
    for ch in value or "":
        quoted ^= ch == '"'
        if ch == "," and not quoted:
            out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    if cur.strip():
        out.append(cur.strip())
    result = []
    for c in out:
        parts = [x.strip() for x in re.split(r';(?=(?:[^"]*"[^"]*")*[^"]*$)', c)]
        attrs = {}
        for x in parts:
            if "=" in x:
                k, v = x.split("=", 1)
                attrs[k.strip().rstrip(":")] = v.strip().strip('"')
        result += [(n, attrs) for n in parts if "=" not in n]
    return result


def vkey(v):
    parts = (v or "0").split(".")
    return tuple(int(parts[i]) if i < len(parts) and parts[i].isdigit() else 0 for i in range(3))


def in_range(v, r):
    if not r:
        return True
    if r[0] in "[(":
        lo, hi = r[1:-1].split(",")
        return (vkey(v) >= vkey(lo) if r[0] == "[" else vkey(v) > vkey(lo)) and \
            (vkey(v) <= vkey(hi) if r[-1] == "]" else vkey(v) < vkey(hi))
    return vkey(v) >= vkey(r)


class Bundle:
    def __init__(self, bsn, version, exports, caps, requirements):
        self.bsn, self.version, self.exports, self.caps, self.requirements = bsn, version, exports, caps, requirements

    def provides(self, kind, name, rng):
        if kind == "bundle":
            return self.bsn == name and in_range(self.version, rng)
        if kind == "package":
            return any((n == name or (n.endswith(".*") and (name == n[:-2] or name.startswith(n[:-1]))))
                       and in_range(v, rng) for n, v in self.exports)
        for n, attrs in self.caps:
            if n == name and all(k in ("version",) or v.replace("*", "") in
                                 attrs.get(k, attrs.get(k + ":List<String>", ""))
                                 for k, v in re.findall(r"\(([\w.]+)=([^)]*)\)", rng) if k != name):
                return True
        return False


def from_manifest(h):
    reqs = []
    for n, a in clauses(h.get("Require-Bundle")):
        if a.get("resolution") != "optional":
            reqs.append(("bundle", n, a.get("bundle-version")))
    for n, a in clauses(h.get("Import-Package")):
        if a.get("resolution") != "optional":
            reqs.append(("package", n, a.get("version")))
    for n, a in clauses(h.get("Fragment-Host")):
        reqs.append(("bundle", n, a.get("bundle-version")))
    for n, a in clauses(h.get("Require-Capability")):
        if n != "osgi.ee" and a.get("resolution") != "optional":
            reqs.append(("cap", n, a.get("filter", "")))
    return Bundle(h.get("Bundle-SymbolicName", "").split(";")[0].strip(), h.get("Bundle-Version", "0"),
                  [(n, a.get("version", "0")) for n, a in clauses(h.get("Export-Package"))],
                  clauses(h.get("Provide-Capability")), reqs)


def target_bundles():
    bundles = []
    for loc in ET.parse(TARGET).getroot().iter("location"):
        instructions = loc.find("instructions")
        for d in loc.iter("dependency"):
            g, a, v = (d.find(k).text for k in ("groupId", "artifactId", "version"))
            if instructions is not None:
                # Wrapped by bnd at build time: name and exports come from the instructions; the
                # wrapped jar's own imports are computed by bnd and not followed here.
                h = {}
                text = re.sub(r"\\\n\s*", "", instructions.text)
                for line in text.splitlines():
                    if ":" in line and not line.startswith(("#", "-")):
                        k, val = line.split(":", 1)
                        h[k.strip()] = val.strip()
                h["Bundle-Version"] = re.sub(r"\$\{.*", v, h.get("Bundle-Version", v))
                b = from_manifest({"Bundle-SymbolicName": h.get("Bundle-SymbolicName", ""),
                                   "Bundle-Version": h["Bundle-Version"].replace("${version}", v),
                                   "Export-Package": h.get("Export-Package", "").replace("${version}", v)})
            else:
                b = from_manifest(headers(manifest(g, a, v)))
            b.coordinates = "%s:%s:%s" % (g, a, v)
            bundles.append(b)
    return bundles


def jdk_packages():
    mods = subprocess.run(["java", "--list-modules"], capture_output=True, text=True).stdout.split()
    pkgs = set()
    for m in mods:
        out = subprocess.run(["java", "--describe-module", m.split("@")[0]], capture_output=True, text=True).stdout
        pkgs.update(line.split()[1] for line in out.splitlines() if line.startswith("exports "))
    return pkgs


def check(roots):
    bundles = target_bundles()
    jdk = jdk_packages()
    by_name = {b.bsn: b for b in bundles}
    todo = [by_name[r] for r in roots]
    seen, missing = set(), []
    while todo:
        b = todo.pop()
        if b.bsn in seen:
            continue
        seen.add(b.bsn)
        for kind, name, rng in b.requirements:
            if kind == "package" and (name.startswith("java.") or name in jdk):
                continue
            providers = [c for c in bundles if c.provides(kind, name, rng)]
            if not providers:
                missing.append("%s requires %s %s %s" % (b.bsn, kind, name, rng or ""))
            elif not any(c.bsn in seen for c in providers):
                todo.append(providers[0])
    unused = [b.coordinates for b in bundles if b.bsn not in seen]
    print("%d bundles in the target, %d reached from the roots" % (len(bundles), len(seen)))
    for u in unused:
        print("not reached from the roots (compile-time only, optional, or needed by a wrapped jar): " + u)
    for m in missing:
        print("MISSING: " + m)
    return 1 if missing else 0


def newest(cutoff, coordinates):
    for ga in coordinates:
        g, a = ga.split(":")
        meta = http("%s/%s/%s/maven-metadata.xml" % (CENTRAL, g.replace(".", "/"), a))[0]
        versions = [v.text for v in ET.fromstring(meta).iter("version") if "-" not in v.text]
        for v in sorted(versions, key=lambda x: [int(p) if p.isdigit() else 0 for p in x.split(".")], reverse=True):
            m = re.search(r"v?(20\d{6})", headers(manifest(g, a, v)).get("Bundle-Version", ""))
            if m and m.group(1) <= cutoff:
                print("%s:%s %s (qualifier %s)" % (g, a, v, m.group(1)))
                break
        else:
            print("%s:%s: no release with a qualifier date up to %s" % (g, a, cutoff))
    return 0


if __name__ == "__main__":
    if len(sys.argv) >= 2 and sys.argv[1] == "check":
        sys.exit(check(sys.argv[2:] or DEFAULT_ROOTS))
    if len(sys.argv) >= 4 and sys.argv[1] == "newest":
        sys.exit(newest(sys.argv[2], sys.argv[3:]))
    print(__doc__)
    sys.exit(2)
