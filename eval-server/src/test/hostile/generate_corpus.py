#!/usr/bin/env python3
"""Writes the hostile-input regression corpus under eval-server/src/test/resources/hostile/.

One file per case plus an expectations table per channel:
  cli/cases.tsv   file <TAB> args <TAB> exit <TAB> where <TAB> expect
  http/cases.tsv  file <TAB> method <TAB> path <TAB> content-type <TAB> status <TAB> where <TAB> expect
`where` must appear in the message (usually the case's own file name or a JSON path); `expect` lists
fragments (separated by ' | ') that name the specific reason. The runner is HostileCorpusTest. Findings
of the fuzz tests are added here by hand as new entries (see docs/testing.md). Run from the repository
root: python3 eval-server/src/test/hostile/generate_corpus.py  (standard library only, deterministic).
"""
import gzip
import io
import json
import os
import shutil
import struct
import tarfile
import zipfile
import zlib

ROOT = os.path.join(os.path.dirname(__file__), '..', 'resources', 'hostile')
CLI = os.path.join(ROOT, 'cli')
HTTP = os.path.join(ROOT, 'http')
cli_rows = []
http_rows = []


def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'wb') as f:
        f.write(data if isinstance(data, bytes) else data.encode('utf-8'))


def cli(rel, data, args, where=None, expect=(), exit_code=2):
    write(os.path.join(CLI, rel), data)
    name = os.path.basename(rel)
    cli_rows.append('\t'.join([rel, args, str(exit_code), where or name, ' | '.join(expect)]))


def http(rel, data, method, path, ctype, status, where, expect=()):
    write(os.path.join(HTTP, rel), data)
    http_rows.append('\t'.join([rel, method, path, ctype, str(status), where, ' | '.join(expect)]))


# ---------------------------------------------------------------- helpers for binary formats
def npy(descr="'<f8'", fortran='False', shape='(2, 2)', data=b'', magic=b'\x93NUMPY', version=(1, 0),
        header=None, pad=True):
    h = header if header is not None else "{'descr': %s, 'fortran_order': %s, 'shape': %s, }" % (descr, fortran, shape)
    hb = h.encode('latin-1')
    if pad:
        total = len(magic) + 2 + 2 + len(hb) + 1
        hb += b' ' * ((64 - total % 64) % 64) + b'\n'
    return magic + bytes(version) + struct.pack('<H', len(hb)) + hb + data


def f8(*vals):
    return struct.pack('<%dd' % len(vals), *vals)


def i8(*vals):
    return struct.pack('<%dq' % len(vals), *vals)


def png(w=2, h=2, color=2, depth=8, raw=None, crc_ok=True, chunks=None):
    def chunk(t, d, ok=True):
        c = zlib.crc32(t + d)
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', c if ok else c ^ 1)
    ch = {0: 1, 2: 3, 6: 4}[color]
    if raw is None:
        raw = b''.join(b'\x00' + b'\x80' * (w * ch) for _ in range(h))
    out = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, depth, color, 0, 0, 0))
    out += chunk(b'IDAT', zlib.compress(raw), crc_ok) if chunks is None else chunks
    return out + chunk(b'IEND', b'')


def idx(magic, dims, body=b''):
    return struct.pack('>i', magic) + b''.join(struct.pack('>i', d) for d in dims) + body


# ---------------------------------------------------------------- fixtures (valid companions)
def fixtures():
    fx = os.path.join(CLI, 'fixtures')
    write(os.path.join(fx, 'probs2.npy'), npy(data=f8(0.7, 0.3, 0.2, 0.8)))
    write(os.path.join(fx, 'labels2.npy'), npy(descr="'<i8'", shape='(2,)', data=i8(0, 1)))
    write(os.path.join(fx, 'ok.png'), png())
    write(os.path.join(fx, 'ok-images.idx'), idx(0x803, [2, 4, 4], bytes(32)))
    write(os.path.join(fx, 'ok-labels.idx'), idx(0x801, [2], bytes([0, 1])))
    jobs = {
        'job-idx-images.json': {"dataset": {"kind": "idx", "images": "@FILE@", "labels": "@FX@/ok-labels.idx"}},
        'job-idx-labels.json': {"dataset": {"kind": "idx", "images": "@FX@/ok-images.idx", "labels": "@FILE@"}},
        'job-cifar.json': {"dataset": {"kind": "cifar-binary", "path": "@FILE@"}},
        'job-jsonl.json': {"dataset": {"kind": "synthetic", "classes": 2, "perClass": 4, "imageSize": 8},
                           "labels": {"kind": "jsonl", "path": "@FILE@"}},
        'job-index.json': {"dataset": {"kind": "index-csv", "path": "@FILE@"}},
    }
    for name, body in jobs.items():
        job = {"schema": "hillmix.job/1", "name": "corpus"}
        job.update(body)
        job["regimes"] = [{"name": "hard"}]
        write(os.path.join(fx, name), json.dumps(job, indent=1))


# ---------------------------------------------------------------- .npy through `metrics`
def npy_cases():
    m = 'metrics --probs {file} --labels {fx}/labels2.npy'
    good = f8(0.7, 0.3, 0.2, 0.8)
    C = lambda n, d, e, args=m: cli('npy/' + n, d, args, expect=e)
    C('empty.npy', b'', ['ends inside the .npy preamble'])
    C('magic-only.npy', b'\x93NUMPY', ['ends inside the .npy preamble'])
    C('wrong-magic.npy', b'PK\x03\x04' + bytes(60), ['not a NumPy .npy file'])
    C('text.npy', 'this is not numpy\n' * 4, ['not a NumPy .npy file'])
    C('version-3.npy', npy(version=(3, 0), data=good), ['header length'])
    C('version-9-9.npy', npy(version=(9, 9), data=good), ['format version 9.9'])
    C('header-len-huge.npy', b'\x93NUMPY\x01\x00\xff\xff' + b'{', ['ends inside the header'])
    C('header-cut.npy', npy(data=good)[:30], ['ends inside the header'])
    C('header-not-dict.npy', npy(header='[1, 2, 3]', data=good), ['not a Python dict'])
    C('header-unterminated-key.npy', npy(header="{'descr", data=good), ['.npy header'])
    C('header-no-colon.npy', npy(header="{'descr' '<f8'}", data=good), ["expected ':'"])
    C('header-no-descr.npy', npy(header="{'fortran_order': False, 'shape': (2, 2), }", data=good), ["lacks 'descr'"])
    C('header-no-shape.npy', npy(header="{'descr': '<f8', 'fortran_order': False, }", data=good), ["lacks 'shape'"])
    C('header-no-fortran.npy', npy(header="{'descr': '<f8', 'shape': (2, 2), }", data=good), ["lacks 'fortran_order'"])
    C('fortran-order.npy', npy(fortran='True', data=good), ['Fortran'])
    C('fortran-garbage.npy', npy(fortran='Maybe', data=good), ["'fortran_order' must be True or False"])
    C('structured.npy', npy(descr="[('a', '<f8'), ('b', '<f8')]", shape='(2,)', data=good), ['structured dtype'])
    C('object.npy', npy(descr="'|O'", data=good), ['object array'])
    C('complex.npy', npy(descr="'<c16'", shape='(1, 2)', data=good), ["dtype '<c16' is not supported"])
    C('float16.npy', npy(descr="'<f2'", data=bytes(8)), ["dtype '<f2' is not supported"])
    C('no-byte-order.npy', npy(descr="'f8'", data=good), ['has no byte order'])
    C('shape-not-tuple.npy', npy(shape='[2, 2]', data=good), ["'shape' must be a tuple"])
    C('shape-negative.npy', npy(shape='(-2, 2)', data=good), ['out of range'])
    C('shape-word.npy', npy(shape='(two, 2)', data=good), ['is not an integer'])
    # was "dimension '99999999999999999999' ... is not an integer"
    C('shape-overflow.npy', npy(shape='(99999999999999999999, 2)', data=good),
      ['dimension 99999999999999999999 in shape (99999999999999999999, 2) is out of range (0 to 2147483647)'])
    # was "array data of 8000000000 bytes is too large to hold in memory", naming no shape
    C('shape-huge-dimension.npy', npy(shape='(1000000000, 1)', data=good),
      ['shape (1000000000, 1) of float64 needs 8000000000 bytes of data', '2 GiB'])
    C('shape-huge-product.npy', npy(shape='(2147483647, 2147483647)', data=good), ['cannot hold in one array'])
    C('data-truncated.npy', npy(shape='(3, 2)', data=good), ['needs 48 bytes of data, found only 32'])
    C('data-missing.npy', npy(shape='(1000, 10)'), ['truncated'])
    C('one-d-probs.npy', npy(shape='(4,)', data=good), ['2-D float array'])
    C('three-d-probs.npy', npy(shape='(1, 2, 2)', data=good), ['2-D float array'])
    C('int-probs.npy', npy(descr="'<i8'", data=i8(1, 0, 0, 1)), ['2-D float array'])
    C('zero-rows.npy', npy(shape='(0, 2)'), ['has no rows'])
    C('nan-probs.npy', npy(data=f8(float('nan'), 0.3, 0.2, 0.8)), ['NaN'])
    C('rows-not-sum-1.npy', npy(data=f8(0.5, 0.3, 0.2, 0.8)), ['sum'])
    C('negative-probs.npy', npy(data=f8(1.5, -0.5, 0.2, 0.8)), ['row 0'])
    C('inf-probs.npy', npy(data=f8(float('inf'), 0.3, 0.2, 0.8)), ['row 0'])
    C('rows-mismatch.npy', npy(shape='(3, 2)', data=f8(0.7, 0.3, 0.2, 0.8, 0.5, 0.5)), ['has 2 labels but'])
    C('one-class.npy', npy(shape='(2, 1)', data=f8(1, 1)), ['classes'])
    lab = 'metrics --probs {fx}/probs2.npy --labels {file}'
    C('labels-float.npy', npy(shape='(2,)', data=f8(0, 1)), ['labels must be a 1-D integer array'], lab)
    C('labels-2d.npy', npy(descr="'<i8'", shape='(2, 1)', data=i8(0, 1)), ['labels must be a 1-D integer array'], lab)
    C('labels-out-of-range.npy', npy(descr="'<i8'", shape='(2,)', data=i8(0, 7)), ['7'], lab)
    C('labels-negative.npy', npy(descr="'<i8'", shape='(2,)', data=i8(0, -1)), ['-1'], lab)
    C('labels-huge.npy', npy(descr="'<i8'", shape='(2,)', data=i8(0, 2**40)), ['does not fit in an int'], lab)
    C('labels-count.npy', npy(descr="'<i8'", shape='(3,)', data=i8(0, 1, 1)), ['has 3 labels but'], lab)
    tg = 'metrics --probs {fx}/probs2.npy --labels {fx}/labels2.npy --targets {file}'
    C('targets-shape.npy', npy(shape='(2, 3)', data=f8(*[1 / 3] * 6)), ['targets must have one row per example'], tg)
    C('targets-int.npy', npy(descr="'<i8'", data=i8(1, 0, 0, 1)), ['targets must be a float array'], tg)
    C('targets-nan.npy', npy(data=f8(float('nan'), 0.5, 0.5, 0.5)), ['NaN'], tg)
    cli('npy/bins-zero.npy', npy(data=good), m + ' --bins 0', where='--bins', expect=['between 1 and 10000', 'got 0'])
    cli('npy/bins-huge.npy', npy(data=good), m + ' --bins 1000000000', where='--bins',
        expect=['between 1 and 10000', 'got 1000000000'])
    cli('npy/rms-zero.npy', npy(data=good), m + ' --rms-bin-size 0', where='--rms-bin-size', expect=['>= 1'])


# ---------------------------------------------------------------- IDX and CIFAR binary through `evaluate`
def idx_cases():
    ji = 'evaluate --config {job:job-idx-images.json} --out {tmp}/report'
    jl = 'evaluate --config {job:job-idx-labels.json} --out {tmp}/report'
    C = lambda n, d, a, e: cli('idx/' + n, d, a, expect=e)
    C('images-empty.idx', b'', ji, ['truncated in its header'])
    C('images-three-bytes.idx', b'\x00\x00\x08', ji, ['truncated in its header'])
    C('images-wrong-magic.idx', idx(0x0d03, [2, 4, 4], bytes(32)), ji, ['magic number 0x00000d03'])
    C('images-are-labels.idx', idx(0x801, [2], bytes(2)), ji, ['are the image and label files swapped'])
    C('images-count-mismatch.idx', idx(0x803, [3, 4, 4], bytes(48)), ji, ['holds 3 images but'])
    C('images-truncated.idx', idx(0x803, [2, 4, 4], bytes(20)), ji, ['truncated while reading image 1'])
    C('images-zero-rows.idx', idx(0x803, [2, 0, 4]), ji, ['implausible header'])
    C('images-negative-count.idx', idx(0x803, [-2, 4, 4]), ji, ['implausible header'])
    C('images-huge-pixels.idx', idx(0x803, [2, 65536, 65536]), ji, ['implausible header'])
    C('images-claims-2g.idx', idx(0x803, [2147483647, 28, 28], bytes(64)), ji, ['2147483647'])
    C('images-gzip-corrupt.idx', b'\x1f\x8b\x08\x00' + bytes(6) + b'garbage!!garbage', ji, ['cannot read'])
    # found by ReaderFuzzTest#idx: a gzip header with an unknown compression method said only "Unsupported
    # compression method"
    C('images-gzip-method-9.idx', b'\x1f\x8b\x09\x00' + bytes(6) + b'data', ji, ['Unsupported compression method'])
    C('images-gzip-truncated.idx', gzip.compress(idx(0x803, [2, 4, 4], bytes(32)), mtime=0)[:20], ji, ['cannot read'])
    C('labels-empty.idx', b'', jl, ['truncated in its header'])
    C('labels-wrong-magic.idx', idx(0x0901, [2], bytes(2)), jl, ['magic number 0x00000901'])
    C('labels-are-images.idx', idx(0x803, [2, 4, 4], bytes(32)), jl, ['are the image and label files swapped'])
    C('labels-claims-2g.idx', idx(0x801, [2147483647], bytes(16)), jl, ['truncated', '2147483647'])
    C('labels-negative.idx', idx(0x801, [-1]), jl, ['negative count'])
    C('labels-truncated.idx', idx(0x801, [2], bytes(1)), jl, ['truncated'])
    C('labels-count-mismatch.idx', idx(0x801, [3], bytes(3)), jl, ['holds 3 labels'])
    C('labels-not-digit.idx', idx(0x801, [2], bytes([0, 200])), jl, ['label 1: 200 is not a class index'])
    jc = 'evaluate --config {job:job-cifar.json} --out {tmp}/report'
    rec = lambda label: bytes([label]) + bytes(3072)
    C('cifar-empty.bin', b'', jc, ['size 0 bytes'])
    C('cifar-partial.bin', rec(1) + bytes(100), jc, ['is not a whole number of'])
    C('cifar-label-10.bin', rec(1) + rec(10), jc, ['label 10 is not a CIFAR-10 class'])
    C('cifar-label-255.bin', rec(255), jc, ['label 255 is not a CIFAR-10 class'])
    C('cifar-100-sized.bin', bytes([1, 1]) + bytes(3072), jc, ['CIFAR-100'])
    C('cifar-text.bin', ('hello world ' * 600)[:3073 * 2], jc, ['not a CIFAR-10 class'])


# ---------------------------------------------------------------- PNG and image folders through `stimuli`
def png_cases():
    st = 'stimuli --images {images} --pairs 1 --lambdas 0.5 --out {tmp}/out'
    C = lambda n, d, e: cli('png/' + n, d, st, expect=e)
    C('empty.png', b'', ['not a readable image'])
    C('text.png', 'not an image at all\n', ['not a readable image'])
    C('truncated.png', png()[:40], ['cannot decode png image'])
    C('header-only.png', png()[:33], ['cannot decode png image'])
    # ImageIO ignores chunk CRCs (the pixels decoded intact and the file was accepted); PngChecksums names the chunk
    C('bad-idat-crc.png', png(crc_ok=False), ['PNG chunk IDAT at byte 33 has a bad CRC'])
    C('zero-width.png', png(w=0, h=2, raw=b''), ['cannot decode png image'])
    C('huge-dimensions.png', png(w=100000, h=100000, raw=b'\x00'), ['100000 by 100000'])
    C('idat-garbage.png', png(chunks=struct.pack('>I', 5) + b'IDAT' + b'\x01\x02\x03\x04\x05' +
                               struct.pack('>I', zlib.crc32(b'IDAT\x01\x02\x03\x04\x05'))), ['Error reading PNG image data'])
    C('idat-short.png', png(w=8, h=8, raw=b'\x00' * 9), ['Error reading PNG image data'])
    C('bit-depth-3.png', png(depth=3), ['cannot decode png image'])
    C('jpeg-magic-only.png', b'\xff\xd8\xff\xe0' + bytes(20), ['cannot decode JPEG image'])
    C('gif-header-only.png', b'GIF89a' + bytes(4), ['cannot decode gif image'])
    C('bmp-header-only.png', b'BM' + bytes(12), ['the file ends early'])
    C('random-bytes.png', bytes((i * 37 + 11) % 256 for i in range(500)), ['not a readable image'])
    cli('png/odd-size.png', png(w=3, h=5), st, where='cat/odd-size', expect=['same channels x height x width'])
    cli('png/grey.png', png(color=0), st, where='cat/grey', expect=['same channels x height x width'])


# ---------------------------------------------------------------- CSV through `labels`, `mixing-summary`, `stimuli --index`
RAW_HEADER = ',trial_type,trial_index,time_elapsed,subject,condition,rt,view_history,response,filename,task,label,img_id\n'
HMIX_INFER_HEADER = 'trial_type,subject,rt,responses,filename,mixtureCoeff\n'
HMIX_CAT_HEADER = ',trial_type,subject,rt,response,filename,task,label\n'


def csv_cases():
    raw = 'labels --from cifar10s-raw --input {file} --out {tmp}/labels.json'
    mix = 'mixing-summary --hmix-infer {file} --out {tmp}/summary.json'
    cat = 'labels --from hmix-categorical --input {file} --out {tmp}/labels.json'
    ok_slider = '"{""mixingcoeff"":50,""confidence"":80}"'
    C = lambda n, d, a, e: cli('csv/' + n, d, a, expect=e)
    for cmd, tag, hd in ((raw, 'raw', RAW_HEADER), (mix, 'mix', HMIX_INFER_HEADER), (cat, 'cat', HMIX_CAT_HEADER)):
        nf = hd.count(',')
        row = lambda first: first + ',' * nf + '\n'
        hb = hd.encode()
        C(tag + '-empty.csv', b'', cmd, ['file is empty'])
        C(tag + '-bom-only.csv', b'\xef\xbb\xbf', cmd, ['file is empty'])
        C(tag + '-blank-lines.csv', '\n\n\n', cmd, ['file is empty'])
        C(tag + '-latin1.csv', b'a,b\n\xe9t\xe9,1\n', cmd, ['byte offset 4', '0xe9'])
        C(tag + '-utf16.csv', '\ufeffa,b\n1,2\n'.encode('utf-16-le'), cmd, ['invalid UTF-8 at byte offset 0'])
        C(tag + '-cut-utf8.csv', hb + b'x\xe2\x82', cmd, ['invalid UTF-8 at byte offset %d' % (len(hb) + 1)])
        C(tag + '-overlong-utf8.csv', hb + b'\xc0\xaf' + row('').encode(), cmd,
          ['invalid UTF-8 at byte offset %d' % len(hb)])
        C(tag + '-surrogate-utf8.csv', hb + b'\xed\xa0\x80' + row('').encode(), cmd,
          ['invalid UTF-8 at byte offset %d' % len(hb)])
        C(tag + '-unclosed-quote.csv', hd + row('"x') + row('y'), cmd, ['line 2', 'never closed'])
        C(tag + '-quote-inside.csv', hd + row('x"y'), cmd, ['line 2', 'double quote inside an unquoted field'])
        C(tag + '-after-quote.csv', hd + row('"x"y'), cmd, ['line 2', 'after a closing quote'])
        C(tag + '-header-only-junk.csv', 'hello\n', cmd, ["missing column"])
    C('raw-header-only.csv', RAW_HEADER, raw, ['no answers'])
    C('raw-header-crlf.csv', RAW_HEADER.replace('\n', '\r\n'), raw, ['no answers'])
    C('raw-ragged.csv', RAW_HEADER + '0,x,1\n', raw, ['line 2', 'row has 3 fields but the header has 13'])
    C('raw-too-many-fields.csv', RAW_HEADER + '0,' * 20 + '\n', raw, ['line 2', 'fields but the header has 13'])
    C('raw-no-answers.csv', RAW_HEADER + '0,pavlovia,0,1813,s1,21,,,,,,,\n', raw, ['no answers', 'pavlovia 1'])
    C('mix-header-only.csv', HMIX_INFER_HEADER, mix, ['no mixing-factor answers'])
    C('mix-coeff-7.csv', HMIX_INFER_HEADER + 'multiple-slider,s1,100,%s,a.png,7\n' % ok_slider, mix,
      ['line 2', 'mixtureCoeff', 'outside [0, 1]'])
    C('mix-coeff-negative.csv', HMIX_INFER_HEADER + 'multiple-slider,s1,100,%s,a.png,-0.1\n' % ok_slider, mix,
      ['line 2', 'mixtureCoeff', 'outside [0, 1]'])
    C('mix-coeff-nan.csv', HMIX_INFER_HEADER + 'multiple-slider,s1,100,%s,a.png,NaN\n' % ok_slider, mix,
      ['line 2', 'mixtureCoeff', 'not a finite number'])
    C('mix-coeff-word.csv', HMIX_INFER_HEADER + 'multiple-slider,s1,100,%s,a.png,half\n' % ok_slider, mix,
      ['line 2', 'mixtureCoeff', "'half' is not a finite number"])
    C('mix-coeff-missing.csv', HMIX_INFER_HEADER + 'multiple-slider,s1,100,%s,a.png,\n' % ok_slider, mix,
      ['line 2', 'mixtureCoeff', 'missing'])
    C('mix-no-subject.csv', HMIX_INFER_HEADER + 'multiple-slider,,100,%s,a.png,0.5\n' % ok_slider, mix,
      ['line 2', 'no participant id'])
    C('mix-rt-negative.csv', HMIX_INFER_HEADER + 'multiple-slider,s1,-5,%s,a.png,0.5\n' % ok_slider, mix,
      ['line 2', "reaction time '-5' is negative"])
    C('mix-rt-word.csv', HMIX_INFER_HEADER + 'multiple-slider,s1,fast,%s,a.png,0.5\n' % ok_slider, mix,
      ['line 2', "'fast' is not a finite number"])
    C('mix-rt-inf.csv', HMIX_INFER_HEADER + 'multiple-slider,s1,Infinity,%s,a.png,0.5\n' % ok_slider, mix,
      ['line 2', "'Infinity' is not a finite number"])
    C('mix-responses-not-json.csv', HMIX_INFER_HEADER + 'multiple-slider,s1,100,{oops,a.png,0.5\n', mix,
      ['line 2', 'responses'])
    C('mix-responses-array.csv', HMIX_INFER_HEADER + 'multiple-slider,s1,100,"[1,2]",a.png,0.5\n', mix,
      ['line 2', 'responses'])
    C('mix-responses-empty.csv', HMIX_INFER_HEADER + 'multiple-slider,s1,100,,a.png,0.5\n', mix,
      ['line 2', 'responses'])
    C('mix-slider-missing.csv', HMIX_INFER_HEADER + 'multiple-slider,s1,100,"{""confidence"":80}",a.png,0.5\n',
      mix, ['line 2', 'mixingcoeff'])
    C('mix-slider-string.csv', HMIX_INFER_HEADER +
      'multiple-slider,s1,100,"{""mixingcoeff"":""x"",""confidence"":80}",a.png,0.5\n', mix, ['line 2', 'mixingcoeff'])
    C('mix-slider-huge.csv', HMIX_INFER_HEADER +
      'multiple-slider,s1,100,"{""mixingcoeff"":1e999,""confidence"":80}",a.png,0.5\n', mix, ['line 2', 'mixingcoeff'])
    C('mix-json-duplicate-key.csv', HMIX_INFER_HEADER +
      'multiple-slider,s1,100,"{""mixingcoeff"":5,""mixingcoeff"":6,""confidence"":80}",a.png,0.5\n', mix,
      ['line 2', 'mixingcoeff'])
    C('mix-json-deep.csv', HMIX_INFER_HEADER + 'multiple-slider,s1,100,"' + '{""a"":' * 3000 + '1' + '}' * 3000
      + '",a.png,0.5\n', mix, ['line 2', 'responses'])
    C('mix-filename-missing.csv', HMIX_INFER_HEADER + 'multiple-slider,s1,100,%s,,0.5\n' % ok_slider, mix,
      ['line 2', 'filename', 'missing'])
    C('mix-no-mixture-column.csv', 'trial_type,subject,rt,responses,filename\n', mix, ["missing column 'mixtureCoeff'"])
    C('mix-nul-bytes.csv', b'trial_type,subject\x00,rt\n', mix, ['missing column'])
    C('cat-header-only.csv', HMIX_CAT_HEADER, cat, ['no answers'])
    idxcsv = 'stimuli --index {file} --pairs 1 --lambdas 0.5 --out {tmp}/out'
    C('index-empty.csv', b'', idxcsv, ['file is empty'])
    C('index-no-file-column.csv', 'label\ncat\n', idxcsv, ['file'])
    C('index-no-label-column.csv', 'file\na.png\n', idxcsv, ['label'])
    C('index-missing-image.csv', 'file,label\nmissing.png,cat\nmissing2.png,dog\n', idxcsv, ['missing.png'])
    C('index-escaping-path.csv', 'file,label\n../../../../etc/passwd,cat\n/etc/hostname,dog\n', idxcsv, ['passwd'])
    C('index-bad-label-id.csv', 'file,label_id\na.png,-3\nb.png,x\n', idxcsv, ['label_id'])
    C('index-latin1.csv', b'file,label\n\xe9.png,cat\n', idxcsv, ['invalid UTF-8 at byte offset 11'])
    C('index-ragged.csv', 'file,label\na.png\n', idxcsv, ['line 2', 'fields'])


# ---------------------------------------------------------------- JSON through `labels --from cifar10s-json` and job configs
def json_cases():
    cj = 'labels --from cifar10s-json --input {file} --out {tmp}/labels.json'
    C = lambda n, d, e, a=cj: cli('json/' + n, d, a, expect=e)
    C('cifar10s-empty.json', b'', ['found end of file'])
    C('cifar10s-array.json', '[1, 2, 3]', ['line 1, column 1', 'found ['])
    C('cifar10s-string.json', '"hello"', ['found VALUE_STRING'])
    C('cifar10s-truncated.json', '{"0": {"annotator": [', ['column 7', 'must map to a list of answers'])
    C('cifar10s-latin1.json', b'{"\xe9": 1}', ['byte offset 2'])
    C('cifar10s-nul.json', b'{"a\x00": 1}', ['column 4', 'code 0'])
    C('cifar10s-deep.json', '[' * 5000 + ']' * 5000, ['must be a JSON object'])
    C('cifar10s-trailing.json', '{} {}', ['no answers'])
    C('cifar10s-huge-number.json', '{"0": ' + '9' * 2000 + '}', ['Number value length (2000)'])
    C('cifar10s-empty-object.json', '{}', ['no answers'])
    ev = 'evaluate --config {file} --out {tmp}/report'
    base = {"schema": "hillmix.job/1", "name": "x", "dataset": {"kind": "synthetic", "classes": 2, "perClass": 4,
                                                                 "imageSize": 8}, "regimes": [{"name": "hard"}]}

    def job(n, mutate, where, expect=()):
        j = json.loads(json.dumps(base))
        if callable(mutate):
            mutate(j)
            text = json.dumps(j)
        else:
            text = mutate
        cli('job/' + n, text, ev, where=where, expect=expect)
        return text
    J = job
    J('not-json.json', 'schema: hillmix', 'not-json.json')
    J('empty.json', '', 'empty.json')
    J('array.json', '[]', 'array.json')
    J('trailing.json', json.dumps(base) + ' {"x": 1}', 'trailing.json', ['trailing data'])
    J('deep.json', '{"schema": "hillmix.job/1", "name": ' + '[' * 3000 + ']' * 3000 + '}', 'deep.json')
    J('latin1.json', b'{"schema": "hillmix.job/1", "name": "\xe9"}', 'latin1.json', ['byte offset 37'])
    J('schema-wrong.json', lambda j: j.update(schema='hillmix.job/2'), 'schema')
    J('schema-missing.json', lambda j: j.pop('schema'), 'schema')
    J('name-missing.json', lambda j: j.pop('name'), 'name')
    J('name-empty.json', lambda j: j.update(name=''), 'name')
    J('name-long.json', lambda j: j.update(name='n' * 5000), 'name')
    J('unknown-field.json', lambda j: j.update(colour='blue'), 'colour')
    J('dataset-missing.json', lambda j: j.pop('dataset'), 'dataset')
    J('dataset-kind-unknown.json', lambda j: j['dataset'].update(kind='tape'), 'tape')
    J('dataset-classes-1.json', lambda j: j['dataset'].update(classes=1), 'dataset.classes')
    J('dataset-imagesize-huge.json', lambda j: j['dataset'].update(imageSize=100000), 'dataset.imageSize')
    J('dataset-ambiguity-2.json', lambda j: j['dataset'].update(ambiguity=2), 'dataset.ambiguity')
    J('dataset-path-missing.json', lambda j: j.update(dataset={"kind": "image-folder"}), 'dataset.path')
    J('dataset-idx-missing-files.json', lambda j: j.update(dataset={"kind": "idx", "images": "nope-images.idx",
                                                                      "labels": "nope-labels.idx"}), 'nope-')
    J('regimes-empty.json', lambda j: j.update(regimes=[]), 'regimes')
    J('regimes-unknown.json', lambda j: j.update(regimes=[{"name": "magic"}]), 'magic')
    J('regime-alpha-negative.json', lambda j: j.update(regimes=[{"name": "mixup", "alpha": -1}]), 'regimes[0].alpha')
    J('regime-alpha-string.json', lambda j: j.update(regimes=[{"name": "mixup", "alpha": "big"}]), 'regimes[0].alpha')
    J('regime-smoothing-1.json', lambda j: j.update(regimes=[{"name": "label-smoothing", "smoothing": 1}]),
      'regimes[0].smoothing')
    J('regime-typo.json', lambda j: j.update(regimes=[{"name": "mixup", "alfa": 0.2}]), 'regimes[0].alfa')
    J('regime-human-without-labels.json', lambda j: j.update(regimes=[{"name": "human-soft"}]), 'human-soft')
    J('training-epochs-0.json', lambda j: j.update(training={"epochs": 0}), 'training.epochs')
    J('training-epochs-huge.json', lambda j: j.update(training={"epochs": 10**12}), 'training.epochs')
    J('training-batch-0.json', lambda j: j.update(training={"batchSize": 0}), 'training.batchSize')
    J('training-lr-negative.json', lambda j: j.update(training={"learningRate": -0.1}), 'training.learningRate')
    J('training-lr-huge.json', '{"schema": "hillmix.job/1", "name": "x", "dataset": {"kind": "synthetic"}, '
      '"regimes": [{"name": "hard"}], "training": {"learningRate": 1e999999}}', 'learningRate', ['Infinity'])
    J('training-optimizer.json', lambda j: j.update(training={"optimizer": "lbfgs"}), 'lbfgs')
    J('training-momentum-1.json', lambda j: j.update(training={"momentum": 1}), 'training.momentum')
    J('training-schedule.json', lambda j: j.update(training={"schedule": "random"}), 'random')
    J('model-unknown.json', lambda j: j.update(model='gpt'), 'gpt')
    J('seeds-empty.json', lambda j: j.update(seeds=[]), 'seeds')
    J('seeds-duplicate.json', lambda j: j.update(seeds=[1, 1]), 'seeds')
    J('seeds-many.json', lambda j: j.update(seeds=list(range(500))), 'seeds')
    J('split-sum.json', lambda j: j.update(split={"train": 0.9, "validation": 0.9, "test": 0.9}), 'split')
    J('split-negative.json', lambda j: j.update(split={"train": -0.2}), 'split.train')
    J('metrics-bins-0.json', lambda j: j.update(metrics={"bins": 0}), 'metrics.bins')
    J('metrics-bins-huge.json', lambda j: j.update(metrics={"bins": 10**9}), 'metrics.bins')
    J('metrics-bootstrap-negative.json', lambda j: j.update(metrics={"bootstrap": -1}), 'metrics.bootstrap')
    J('labels-kind-unknown.json', lambda j: j.update(labels={"kind": "oracle"}), 'oracle')
    J('labels-jsonl-missing.json', lambda j: j.update(labels={"kind": "jsonl", "path": "no-such-journal.jsonl"}),
      'no-such-journal.jsonl')
    J('labels-simulated-0.json', lambda j: j.update(labels={"kind": "simulated", "annotators": 0}),
      'labels[0].annotators')
    # issue 8, defect 5: strict typing, finite numbers, printable names, limits, memory estimate, nulls
    J('coerce-classes-string.json', lambda j: j['dataset'].update(classes='4'), 'dataset.classes',
      ['must be a whole number', 'the string "4"'])
    J('coerce-perclass-float.json', lambda j: j['dataset'].update(perClass=2.5), 'dataset.perClass',
      ['must be a whole number', '2.5'])
    J('coerce-seed-float.json', lambda j: j.update(seeds=[1.5]), 'seeds[0]', ['must be a whole number'])
    J('coerce-fgsm-string.json', lambda j: j.update(metrics={"fgsm": "true"}), 'metrics.fgsm',
      ['must be true or false'])
    J('coerce-name-number.json', lambda j: j.update(name=123), 'name', ['must be a string', '123'])
    J('training-lr-infinity-string.json', lambda j: j.update(training={"learningRate": "Infinity"}),
      'training.learningRate', ['must be a number', 'Infinity'])
    J('name-control.json', lambda j: j.update(name='a\u0007b'), 'name', ['control characters', 'U+0007'])
    J('name-lone-surrogate.json', json.dumps(base).replace('"name": "x"', '"name": "x\\ud800"'), 'name',
      ['lone surrogate', 'U+D800'])
    J('regime-label-escape.json', lambda j: j.update(regimes=[{"name": "hard", "label": "\u001b[2J"}]),
      'regimes[0].label', ['control characters'])
    J('regimes-null.json', lambda j: j.update(regimes=[None]), 'regimes[0]', ['is null'])
    J('regimes-10000.json', lambda j: j.update(regimes=[{"name": "hard"}] * 10000), 'regimes',
      ['at most 100 regimes'])
    J('labels-5000.json', lambda j: j.update(labels=[{"kind": "none"}] * 5000), 'labels',
      ['at most 1000 label sources'])
    J('dataset-too-big.json', lambda j: j['dataset'].update(perClass=1000000, imageSize=128), 'dataset.perClass',
      ['too large', 'GiB'])


# ---------------------------------------------------------------- JSONL journals through `evaluate` (labels kind jsonl)
def jsonl_cases():
    ev = 'evaluate --config {job:job-jsonl.json} --out {tmp}/report'
    line = {"schema": "hillmix.judgment/1", "annotator": "a1", "item": "0", "protocol": "categorical",
            "answer": {"most_probable": 0, "most_probability": 80, "second_probable": 1, "second_probability": 20,
                       "impossible": []},
            "rt_ms": 1000, "shown_at": None, "answered_at": None, "repeat": False, "attributes": {}}

    def L(n, mutate, expect):
        j = json.loads(json.dumps(line))
        if callable(mutate):
            mutate(j)
            text = json.dumps(j, separators=(',', ':')) + '\n'
        else:
            text = mutate
        cli('jsonl/' + n, text, ev, expect=expect)
    ok = json.dumps(line, separators=(',', ':')) + '\n'
    L('not-json.jsonl', ok + '{"schema": "hillmix.judgment/1", oops}\n', ['line 2', 'not valid JSON'])
    L('latin1.jsonl', ok.encode() + b'{"schema":"hillmix.judgment/1","annotator":"\xe9"}\n', ['invalid UTF-8'])
    L('schema-2.jsonl', lambda j: j.update(schema='hillmix.judgment/2'), ['line 1', 'hillmix.judgment/2'])
    L('annotator-empty.jsonl', lambda j: j.update(annotator=''), ['line 1', 'annotator'])
    L('annotator-number.jsonl', lambda j: j.update(annotator=5), ['line 1', 'annotator'])
    L('item-missing.jsonl', lambda j: j.pop('item'), ['line 1', 'item'])
    L('protocol-unknown.jsonl', lambda j: j.update(protocol='telepathy'), ['line 1', 'telepathy'])
    L('answer-not-object.jsonl', lambda j: j.update(answer=[1, 2]), ['line 1', 'answer'])
    L('answer-missing-key.jsonl', lambda j: j['answer'].pop('most_probable'), ['line 1', 'most_probable'])
    L('answer-probability-string.jsonl', lambda j: j['answer'].update(most_probability='80'),
      ['line 1', 'most_probability'])
    # valid JSON, but an answer the annotation views refuse: was skipped with a warning and evaluate exited 0
    L('answer-probability-150.jsonl', lambda j: j['answer'].update(most_probability=150),
      ['line 1', "invalid answer about item '0'", 'outside 0-100'])
    L('answer-class-out-of-range.jsonl', lambda j: j['answer'].update(most_probable=7),
      ['line 1', 'out of range'])
    L('rt-negative.jsonl', lambda j: j.update(rt_ms=-5), ['line 1', 'rt_ms'])
    L('rt-fraction.jsonl', lambda j: j.update(rt_ms=1.5), ['line 1', 'rt_ms'])
    L('rt-huge.jsonl', lambda j: j.update(rt_ms=10**30), ['line 1', 'rt_ms'])
    L('shown-at-garbage.jsonl', lambda j: j.update(shown_at='yesterday'), ['line 1', 'shown_at'])
    L('repeat-string.jsonl', lambda j: j.update(repeat='no'), ['line 1', 'repeat'])
    L('attributes-array.jsonl', lambda j: j.update(attributes=[1]), ['line 1', 'attributes'])
    L('attributes-nested.jsonl', lambda j: j.update(attributes={"a": {"b": 1}}), ['line 1', 'attribute "a" must be a string'])
    L('unknown-key.jsonl', lambda j: j.update(extra=1), ['line 1', 'extra'])
    # Not here: answers that parse but fail validation (slider 200, negative weights); evaluate skips and
    # counts them in the report's warnings by design (docs/job-config.md), so they are no refusals.
    L('withdraw-unknown.jsonl', '{"schema":"hillmix.judgment/1","withdraws":{"annotator":"zz","item":"0",'
      '"answered_at":"2024-01-01T00:00:00Z"}}\n', ['line 1'])
    L('deep.jsonl', '{"schema":"hillmix.judgment/1","annotator":' + '[' * 3000 + ']' * 3000 + '}\n', ['line 1'])
    L('duplicate-key.jsonl', ok.replace('"annotator":"a1"', '"annotator":"a1","annotator":"a2"'), ['line 1'])
    L('label-file-wrong.jsonl', '{"item": "0", "label": "cat"}\n', ['line 1', 'missing "annotator"'])
    L('label-file-negative.jsonl', '{"item": "0", "annotator": "a", "label": [-0.5, 1.5]}\n',
      ['line 1', 'missing "scheme"'])


# ---------------------------------------------------------------- HTTP: job submissions and uploads
def tar_bytes(members, fmt=tarfile.GNU_FORMAT, gz=False):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode='w', format=fmt) as t:
        for m in members:
            info = tarfile.TarInfo(m['name'])
            info.type = m.get('type', tarfile.REGTYPE)
            info.linkname = m.get('link', '')
            data = m.get('data', b'')
            info.size = len(data) if info.type == tarfile.REGTYPE else 0
            info.mtime = 0
            t.addfile(info, io.BytesIO(data) if info.type == tarfile.REGTYPE else None)
    b = buf.getvalue()
    return gzip.compress(b, mtime=0) if gz else b


def zip_bytes(members, method=zipfile.ZIP_DEFLATED):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', method) as z:
        for m in members:
            info = zipfile.ZipInfo(m['name'], (1980, 1, 1, 0, 0, 0))
            info.compress_type = method
            if 'mode' in m:
                info.external_attr = m['mode'] << 16
            z.writestr(info, m.get('data', b''))
    return buf.getvalue()


def http_cases():
    jobs = '/api/v1/jobs'
    J = 'application/json'
    base = {"schema": "hillmix.job/1", "name": "x", "dataset": {"kind": "synthetic", "classes": 2, "perClass": 4,
                                                                 "imageSize": 8}, "regimes": [{"name": "hard"}]}

    def H(n, mutate, status, where, expect=()):
        j = json.loads(json.dumps(base))
        if callable(mutate):
            mutate(j)
            text = json.dumps(j)
        else:
            text = mutate
        http('jobs/' + n, text, 'POST', jobs, J, status, where, expect)
    H('empty.json', '', 400, 'body')
    H('not-json.json', 'hello', 400, 'JSON')
    H('array.json', '[1]', 400, 'object')
    H('null.json', 'null', 400, 'object')
    H('deep-2000.json', '{"name": ' + '[' * 2000 + ']' * 2000 + '}', 400, 'nesting depth')
    H('long-number.json', '{"name": ' + '1' * 1000 + '}', 400, 'name')
    H('long-number-2000.json', '{"name": ' + '1' * 2000 + '}', 400, 'Number value length')
    H('long-key.json', '{"' + 'k' * 100000 + '": 1}', 400, 'Name length')
    H('latin1.json', b'{"name": "\xe9"}', 400, 'UTF-8')
    H('schema-wrong.json', lambda j: j.update(schema='v2'), 400, 'schema')
    H('unknown-field.json', lambda j: j.update(colour='blue'), 400, 'colour')
    H('regimes-10000.json', lambda j: j.update(regimes=[{"name": "hard"}] * 10000), 400, 'regimes',
      ['at most 100 regimes'])
    H('epochs-0.json', lambda j: j.update(training={"epochs": 0}), 400, 'training.epochs')
    H('alpha-negative.json', lambda j: j.update(regimes=[{"name": "mixup", "alpha": -1}]), 400, 'regimes[0].alpha')
    H('regime-typo.json', lambda j: j.update(regimes=[{"name": "mixup", "alfa": 1}]), 400, 'regimes[0].alfa')
    H('dataset-kind.json', lambda j: j['dataset'].update(kind='tape'), 400, 'tape')
    H('path-outside.json', lambda j: j.update(dataset={"kind": "image-folder", "path": "/etc"}), 400, 'dataset.path')
    H('path-dotdot.json', lambda j: j.update(dataset={"kind": "image-folder", "path": "../../../../etc"}), 400,
      'dataset.path')
    H('server-dataset-missing.json', lambda j: j.update(dataset={"kind": "server", "id": "no-such-set"}), 400,
      'dataset.id', ['no-such-set'])
    H('bins-huge.json', lambda j: j.update(metrics={"bins": 10**9}), 400, 'metrics.bins')
    # issue 8, defect 5 (the same cases as the CLI's job/ ones, through POST /api/v1/jobs)
    H('trailing.json', json.dumps(base) + ' {"x": 1}', 400, 'trailing data', ['line 1, column'])
    H('coerce-classes-string.json', lambda j: j['dataset'].update(classes='4'), 400, 'dataset.classes',
      ['must be a whole number'])
    H('coerce-perclass-float.json', lambda j: j['dataset'].update(perClass=2.5), 400, 'dataset.perClass', ['2.5'])
    H('coerce-seed-float.json', lambda j: j.update(seeds=[1.5]), 400, 'seeds[0]', ['must be a whole number'])
    H('coerce-fgsm-string.json', lambda j: j.update(metrics={"fgsm": "true"}), 400, 'metrics.fgsm',
      ['must be true or false'])
    H('coerce-name-number.json', lambda j: j.update(name=123), 400, 'name', ['must be a string'])
    H('lr-huge.json', json.dumps(base)[:-1] + ', "training": {"learningRate": 1e999999}}', 400,
      'training.learningRate', ['finite', 'Infinity'])
    H('lr-infinity-string.json', lambda j: j.update(training={"learningRate": "Infinity"}), 400,
      'training.learningRate', ['must be a number'])
    H('name-control.json', lambda j: j.update(name='a\u0007b'), 400, 'name', ['control characters'])
    H('name-lone-surrogate.json', json.dumps(base).replace('"name": "x"', '"name": "x\\ud800"'), 400, 'name',
      ['lone surrogate'])
    H('regimes-null.json', lambda j: j.update(regimes=[None]), 400, 'regimes[0]', ['is null'])
    H('labels-5000.json', lambda j: j.update(labels=[{"kind": "none"}] * 5000), 400, 'labels',
      ['at most 1000 label sources'])
    H('dataset-too-big.json', lambda j: j['dataset'].update(perClass=1000000, imageSize=128), 400,
      'dataset.perClass', ['too large'])
    # uploads
    up = '/api/v1/datasets?name={name}'
    img = png()
    ok = [{'name': 'cat/a.png', 'data': img}, {'name': 'dog/b.png', 'data': img}]
    U = lambda n, d, status, where, expect=(), path=up: http('uploads/' + n, d, 'POST', path.replace(
        '{name}', n.replace('.', '-')), 'application/octet-stream', status, where, expect)
    for kind, build in (('zip', lambda ms: zip_bytes(ms)), ('tar', lambda ms: tar_bytes(ms)),
                        ('tgz', lambda ms: tar_bytes(ms, gz=True)),
                        ('pax', lambda ms: tar_bytes(ms, fmt=tarfile.PAX_FORMAT))):
        ext = {'zip': 'zip', 'tar': 'tar', 'tgz': 'tar.gz', 'pax': 'pax.tar'}[kind]
        U('slip-dotdot.' + ext, build(ok + [{'name': '../evil.png', 'data': img}]), 400, "'../evil.png'", ['..'])
        U('slip-deep.' + ext, build(ok + [{'name': 'cat/../../evil.png', 'data': img}]), 400, 'evil.png', ['..'])
        U('slip-absolute.' + ext, build(ok + [{'name': '/tmp/evil.png', 'data': img}]), 400, 'evil.png',
          ['absolute path'])
        U('slip-backslash.' + ext, build(ok + [{'name': '..\\evil.png', 'data': img}]), 400, 'evil.png', ['..'])
        U('slip-drive.' + ext, build(ok + [{'name': 'C:/evil.png', 'data': img}]), 400, 'evil.png', ['absolute path'])
        U('duplicate.' + ext, build(ok + [{'name': 'cat/a.png', 'data': img}]), 400, 'cat/a.png', ['twice'])
        U('file-then-folder.' + ext, build([{'name': 'cat', 'data': b'x'}, {'name': 'cat/a.png', 'data': img}]),
          400, 'cat/a.png', ['below a path that is a file'])
        U('long-segment.' + ext, build(ok + [{'name': 'cat/' + 'x' * 300 + '.png', 'data': img}]), 400, 'xxxx',
          ['longer than 255'])
        U('long-name.' + ext, build(ok + [{'name': ('d' * 200 + '/') * 6 + 'a.png', 'data': img}]), 400, 'name',
          ['longer than 1024'])
        U('not-image.' + ext, build(ok + [{'name': 'cat/notes.png', 'data': b'not an image'}]), 422, 'notes.png')
        U('stray-file.' + ext, build(ok + [{'name': 'readme.txt', 'data': b'hi'}]), 400, 'readme.txt')
        U('one-class.' + ext, build(ok[:1]), 400, 'class')
        # docs/server.md allows one wrapping folder; a second one (a/b/CLASS/IMAGE) is refused, naming the layout
        U('two-wrapping-folders.' + ext, build([{'name': 'a/b/c/d.png', 'data': img},
                                                {'name': 'a/b/e/f.png', 'data': img}]), 400, 'a/b/',
          ['two wrapping folders', 'CLASS/IMAGE'])
        U('bad-crc-png.' + ext, build(ok + [{'name': 'cat/damaged.png', 'data': png(crc_ok=False)}]), 422,
          'cat/damaged.png', ['PNG chunk IDAT at byte 33 has a bad CRC'])
        U('huge-png.' + ext, build(ok + [{'name': 'cat/big.png', 'data': png(w=100000, h=100000, raw=b'\x00')}]),
          422, 'big.png')
    for kind, gz in (('tar', False), ('tgz', True)):
        ext = 'tar' if not gz else 'tar.gz'
        U('symlink.' + ext, tar_bytes(ok + [{'name': 'cat/link.png', 'type': tarfile.SYMTYPE, 'link': '/etc/passwd'}],
                                       gz=gz), 400, 'cat/link.png', ['symbolic link'])
        U('hardlink.' + ext, tar_bytes(ok + [{'name': 'cat/hard.png', 'type': tarfile.LNKTYPE, 'link': 'cat/a.png'}],
                                        gz=gz), 400, 'cat/hard.png', ['hard link'])
        U('chardev.' + ext, tar_bytes(ok + [{'name': 'cat/dev.png', 'type': tarfile.CHRTYPE}], gz=gz), 400,
          'cat/dev.png', ['character device'])
        U('blockdev.' + ext, tar_bytes(ok + [{'name': 'cat/blk.png', 'type': tarfile.BLKTYPE}], gz=gz), 400,
          'cat/blk.png', ['block device'])
        U('fifo.' + ext, tar_bytes(ok + [{'name': 'cat/fifo.png', 'type': tarfile.FIFOTYPE}], gz=gz), 400,
          'cat/fifo.png', ['FIFO'])
    U('zip-symlink.zip', zip_bytes(ok + [{'name': 'cat/link.png', 'data': b'/etc/passwd', 'mode': 0o120777}]), 400,
      'cat/link.png', ['symbolic link'])
    U('empty-body.bin', b'', 400, 'empty')
    U('junk.bin', b'x' * 2000, 400, 'neither a zip nor a tar')
    U('one-block-zeros.tar', bytes(1024), 400, 'empty')
    tar = tar_bytes(ok)
    U('truncated.tar', tar[:700], 400, 'tar archive', ['Truncated'])
    bad = bytearray(tar)
    bad[148:156] = b'0000000\x00'
    U('bad-checksum.tar', bytes(bad), 400, 'first tar header', ['wrong checksum'])
    bad2 = bytearray(tar)
    bad2[1024 + 148:1024 + 156] = b'0000000\x00'
    U('bad-checksum-second.tar', bytes(bad2), 400, 'dog/b.png', ['wrong checksum'])
    U('truncated.tar.gz', tar_bytes(ok, gz=True)[:60], 400, 'archive')
    U('gzip-junk.tar.gz', b'\x1f\x8b\x08\x00' + bytes(6) + b'not deflate data at all', 400,
      'Gzip-compressed data is corrupt')
    U('gzip-of-text.gz', gzip.compress(b'hello world\n' * 100, mtime=0), 400, 'neither a zip nor a tar')
    z = zip_bytes(ok)
    U('truncated.zip', z[:len(z) - 30], 400, 'zip')
    U('zip-local-header-only.zip', b'PK\x03\x04' + bytes(26), 400, 'zip')
    U('zip-corrupt-data.zip', z[:40] + b'\x00' * 10 + z[50:], 422, 'cat/a.png')
    U('bomb.zip', zip_bytes([{'name': 'cat/zeros.png', 'data': bytes(8 << 20)}] + ok), 413, 'zip bomb')
    U('no-name.zip', zip_bytes(ok), 400, 'name', path='/api/v1/datasets')
    U('bad-name.zip', zip_bytes(ok), 400, 'name', path='/api/v1/datasets?name=' + '%2F..%2F' * 3)


# A dangling link inside an allowed folder that points outside (defect 5) is file-system state, not an input: see
# ConfigPathPolicyTest.


def fuzz_seeds():
    """Small valid inputs that start the fuzzers off (Jazzer's regression mode also replays them in CI)."""
    base = os.path.join(os.path.dirname(__file__), '..', 'resources', 'org', 'hillmix', 'server', 'fuzz')
    rd = os.path.join(base, 'ReaderFuzzTestInputs')
    ad = os.path.join(base, 'ArchiveFuzzTestInputs', 'extract')
    for d in (os.path.join(rd, m) for m in ('npy', 'idx', 'csv', 'journal')):
        for f in (os.listdir(d) if os.path.isdir(d) else []):
            if f.startswith('seed-'):
                os.remove(os.path.join(d, f))
    write(os.path.join(rd, 'npy', 'seed-f8'), npy(data=f8(0.7, 0.3, 0.2, 0.8)))
    write(os.path.join(rd, 'npy', 'seed-i8'), npy(descr="'<i8'", shape='(2,)', data=i8(0, 1)))
    write(os.path.join(rd, 'npy', 'seed-u1-3d'), npy(descr="'|u1'", shape='(1, 2, 2)', data=bytes(4)))
    write(os.path.join(rd, 'npy', 'seed-f4-be'), npy(descr="'>f4'", shape='(2,)', data=struct.pack('>2f', 1, 2)))
    labels = idx(0x801, [2], bytes([0, 1]))
    images = idx(0x803, [2, 2, 2], bytes(8))
    write(os.path.join(rd, 'idx', 'seed-plain'), struct.pack('>H', len(labels)) + labels + images)
    gl = gzip.compress(labels, mtime=0)
    write(os.path.join(rd, 'idx', 'seed-gzip'), struct.pack('>H', len(gl)) + gl + gzip.compress(images, mtime=0))
    ok_slider = '"{""mixingcoeff"":50,""confidence"":80}"'
    write(os.path.join(rd, 'csv', 'seed-raw'), b'\x00' + (RAW_HEADER + '0,html-slider-response-contrib,5,1,s1,21,900,,'
          '"{""Q0"":""cat""}",x.png,t,cat,3\n').encode())
    write(os.path.join(rd, 'csv', 'seed-categorical'), b'\x01' + (HMIX_CAT_HEADER + '0,survey-html-form,s1,10,'
          '"{""most_probable"":""cat""}",a.png,task,cat\n').encode())
    write(os.path.join(rd, 'csv', 'seed-mixing'), b'\x02' + (HMIX_INFER_HEADER + 'multiple-slider,s1,100,%s,a.png,0.5\n'
                                                              % ok_slider).encode())
    line = {"schema": "hillmix.judgment/1", "annotator": "a1", "item": "0", "protocol": "mixing-factor",
            "answer": {"slider": 40, "confidence": 70}, "rt_ms": 1200, "shown_at": "2024-05-01T12:00:00Z",
            "answered_at": "2024-05-01T12:00:01Z", "repeat": False, "attributes": {"mixtureCoeff": "0.5"}}
    text = json.dumps(line, separators=(',', ':')) + '\n'
    write(os.path.join(rd, 'journal', 'seed-strict'), b'\x00' + text.encode())
    write(os.path.join(rd, 'journal', 'seed-lenient'), b'\x01' + (text + text.replace('a1', 'a2')).encode())
    img = png()
    ok = [{'name': 'cat/a.png', 'data': img}, {'name': 'dog/b.png', 'data': img}]
    if os.path.isdir(ad):
        for f in os.listdir(ad):
            if f.startswith('seed-'):
                os.remove(os.path.join(ad, f))
    jd = os.path.join(base, 'JobConfigFuzzTestInputs', 'jobConfig')
    if os.path.isdir(jd):
        for f in os.listdir(jd):
            if f.startswith('seed-'):
                os.remove(os.path.join(jd, f))
    small = {"schema": "hillmix.job/1", "name": "x", "dataset": {"kind": "synthetic", "classes": 2, "perClass": 4,
                                                                  "imageSize": 8}, "regimes": [{"name": "hard"}]}
    write(os.path.join(jd, 'seed-small'), json.dumps(small))
    full = {"schema": "hillmix.job/1", "name": "demo",
            "dataset": {"kind": "shared-cifar10", "dir": "data", "labelledOnly": True, "limit": 100},
            "labels": [{"kind": "cifar10s", "dir": "data"}, {"kind": "cifar10h", "dir": "data"},
                       {"kind": "hmix", "dir": "data"}],
            "split": {"train": 0.6, "validation": 0.2, "test": 0.2, "seed": 3}, "model": "mlp",
            "training": {"epochs": 2, "batchSize": 32, "optimizer": "adam", "learningRate": 0.001, "momentum": 0.9,
                         "weightDecay": 0.0, "schedule": "step", "augment": False},
            "regimes": [{"name": "hard"}, {"name": "human-soft", "sampleAnnotator": True}, {"name": "votes"},
                        {"name": "label-smoothing", "smoothing": 0.1}, {"name": "mixup", "alpha": 0.4, "label": "m"},
                        {"name": "human-mixup", "alpha": 0.2, "confidenceWeighted": False}],
            "seeds": [0, 1], "metrics": {"bins": 10, "bootstrap": 0, "fgsm": False}}
    write(os.path.join(jd, 'seed-full'), json.dumps(full, indent=1))
    write(os.path.join(jd, 'seed-files'), json.dumps(dict(small, dataset={"kind": "idx", "images": "i", "labels": "l",
                                                                         "limit": 10},
                                                         labels={"kind": "jsonl", "path": "j.jsonl"})))
    write(os.path.join(ad, 'seed-zip'), zip_bytes(ok))
    write(os.path.join(ad, 'seed-tar'), tar_bytes(ok + [{'name': 'cat/link', 'type': tarfile.SYMTYPE, 'link': 'a'}]))
    write(os.path.join(ad, 'seed-pax-gz'), tar_bytes([{'name': 'd/' + 'p' * 120, 'data': b'x'}], fmt=tarfile.PAX_FORMAT,
                                                     gz=True))


def main():
    for d in (CLI, HTTP):
        shutil.rmtree(d, ignore_errors=True)
    fixtures()
    npy_cases()
    idx_cases()
    png_cases()
    csv_cases()
    json_cases()
    jsonl_cases()
    http_cases()
    fuzz_seeds()
    hdr = '# generated by eval-server/src/test/hostile/generate_corpus.py; columns: '
    write(os.path.join(CLI, 'cases.tsv'), hdr + 'file, args, exit, where, expect\n' + '\n'.join(cli_rows) + '\n')
    write(os.path.join(HTTP, 'cases.tsv'), hdr + 'file, method, path, content-type, status, where, expect\n'
          + '\n'.join(http_rows) + '\n')
    print(len(cli_rows), 'CLI cases,', len(http_rows), 'HTTP cases')


if __name__ == '__main__':
    main()
