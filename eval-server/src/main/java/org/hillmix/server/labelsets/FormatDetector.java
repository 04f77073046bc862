package org.hillmix.server.labelsets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Tells a label file's {@link LabelSetFormat} from its first bytes, for uploads that do not name one. Only
 * unambiguous signs count: the NumPy magic string, a journal line's {@code "schema"} key, a label line's
 * {@code item} and {@code label} keys, CIFAR-10S's object keyed by test index, H-Mix's {@code mixtureCoeff}
 * column. Anything else is left to the client to name.
 */
final class FormatDetector {

    /** How much of the file is looked at. */
    static final int PEEK = 64 * 1024;

    private static final byte[] NPY_MAGIC = {(byte) 0x93, 'N', 'U', 'M', 'P', 'Y'};
    private static final Pattern CIFAR10S = Pattern.compile("\\A\\s*\\{\\s*\"\\d+\"\\s*:\\s*\\[");
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private FormatDetector() {
    }

    /** The format {@code file} is in, or empty when its first bytes do not say. */
    static Optional<LabelSetFormat> detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(PEEK);
        }
        if (startsWith(head, NPY_MAGIC)) {
            return Optional.of(LabelSetFormat.CIFAR10H);
        }
        String text = new String(head, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (CIFAR10S.matcher(text).find()) {
            return Optional.of(LabelSetFormat.CIFAR10S);
        }
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
        if (first.startsWith("{")) {
            if (first.contains("\"schema\"")) {
                return Optional.of(LabelSetFormat.JOURNAL);
            }
            try {
                JsonNode n = MAPPER.readTree(first);
                if (n.isObject() && n.has("item") && n.has("label")) {
                    return Optional.of(LabelSetFormat.JSONL_LABELS);
                }
            } catch (JsonProcessingException e) {
                return Optional.empty();
            }
            return Optional.empty();
        }
        if (first.contains(",") && first.contains("mixtureCoeff")) {
            return Optional.of(LabelSetFormat.HMIX);
        }
        return Optional.empty();
    }

    private static boolean startsWith(byte[] head, byte[] prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (head[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
