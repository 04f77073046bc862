package org.hillmix.core.project;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hillmix.core.agreement.MixingFactorSummary;
import org.hillmix.core.mixup.MidpointSeries;
import org.hillmix.core.mixup.Stimulus;
import org.hillmix.core.mixup.StimulusManifest;
import org.hillmix.core.mixup.StimulusName;

/**
 * One item of a stimulus set as annotators see it: a mixed image (flat sets) or the eleven frames
 * of a midpoint series (series sets), with the attributes recorded with each judgment.
 *
 * @param id item id: the file name (flat) or the pair key {@code <C1>_<id1>_<C2>_<id2>} (series)
 * @param image the image (flat) or the middle frame (series)
 * @param frames the series frames by lambda 0.0 to 1.0 of image 1, empty for flat sets
 * @param attributes {@code class1}, {@code class2} (also as the H-Mix {@code label1}, {@code label2}),
 *     {@code id1}, {@code id2} and, for flat sets, the true lambda
 *     of image 1 as {@code mixtureCoeff} (the attribute the H-Mix data uses)
 */
public record StimulusItem(String id, Path image, List<Path> frames, Map<String, String> attributes) {

    /** Copies the lists. */
    public StimulusItem {
        frames = List.copyOf(frames);
        attributes = Map.copyOf(attributes);
    }

    /**
     * The items of the stimulus set in {@code folder}, from its manifest, in manifest order.
     *
     * @param series whether the set holds midpoint series ({@code series} layout)
     * @throws IOException when the manifest is missing or bad, or a series does not have eleven frames
     */
    public static List<StimulusItem> read(Path folder, boolean series) throws IOException {
        List<Stimulus> stimuli = StimulusManifest.read(folder.resolve(StimulusManifest.FILE_NAME));
        List<StimulusItem> out = new ArrayList<>();
        if (!series) {
            for (Stimulus s : stimuli) {
                Map<String, String> a = attributes(s);
                a.put(MixingFactorSummary.TRUE_LAMBDA_ATTRIBUTE, StimulusName.formatLambda(s.lambda()));
                out.add(new StimulusItem(s.file(), folder.resolve(s.file()), List.of(), a));
            }
            return out;
        }
        Map<String, List<Stimulus>> byPair = new LinkedHashMap<>();
        for (Stimulus s : stimuli) {
            String pair = s.file().contains("/") ? s.file().substring(0, s.file().indexOf('/')) : s.file();
            byPair.computeIfAbsent(pair, k -> new ArrayList<>()).add(s);
        }
        for (Map.Entry<String, List<Stimulus>> e : byPair.entrySet()) {
            List<Stimulus> frames = new ArrayList<>(e.getValue());
            frames.sort(Comparator.comparingDouble(Stimulus::lambda));
            if (frames.size() != MidpointSeries.STEPS + 1) {
                throw new IOException(folder.resolve(StimulusManifest.FILE_NAME) + ": series " + e.getKey() + " has "
                        + frames.size() + " frames; a midpoint series needs " + (MidpointSeries.STEPS + 1)
                        + " (generate it with the series layout)");
            }
            List<Path> files = frames.stream().map(f -> folder.resolve(f.file())).toList();
            out.add(new StimulusItem(e.getKey(), files.get(MidpointSeries.STEPS / 2), files,
                    attributes(frames.get(0))));
        }
        return out;
    }

    private static Map<String, String> attributes(Stimulus s) {
        Map<String, String> a = new LinkedHashMap<>();
        a.put("class1", s.class1());
        a.put("class2", s.class2());
        // The H-Mix names too, which the evaluation server's perception map reads.
        a.put("label1", s.class1());
        a.put("label2", s.class2());
        a.put("id1", s.id1());
        a.put("id2", s.id2());
        return a;
    }
}
