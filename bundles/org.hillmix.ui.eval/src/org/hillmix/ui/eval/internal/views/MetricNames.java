package org.hillmix.ui.eval.internal.views;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;
import org.hillmix.ui.eval.internal.l10n.Messages;

/**
 * Readable names and definitions of the report's metrics ({@code metrics.properties} beside this class, copied
 * from the Metrics table of docs/report-schema.md, which docs/metrics.md details): the metric table shows
 * "ECE after temperature scaling" rather than {@code eceTs}, with the definition as its tooltip. A key the file
 * does not know (a newer server) is shown as it is.
 */
public final class MetricNames {

    private static final Properties TEXTS = load();

    private MetricNames() {
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = MetricNames.class.getResourceAsStream("metrics.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read metrics.properties", e);
        }
        return p;
    }

    /** The readable name of metric {@code key}, or the key itself. */
    public static String name(String key) {
        return TEXTS.getProperty(key + ".name", key);
    }

    /** The definition of metric {@code key} (docs/report-schema.md), or {@code null}. */
    public static String definition(String key) {
        return TEXTS.getProperty(key + ".definition");
    }

    /** The tooltip of metric {@code key}: definition, which direction is better, the key and where to read more. */
    public static String tooltip(String key) {
        String definition = definition(key);
        if (definition == null) {
            return NLS.bind(Messages.Report_metricUnknown, key);
        }
        String better = TEXTS.getProperty(key + ".better", "-");
        String direction = switch (better) {
            case "higher" -> Messages.Report_higherBetter;
            case "lower" -> Messages.Report_lowerBetter;
            default -> Messages.Report_noDirection;
        };
        return NLS.bind(Messages.Report_metricTooltip, new Object[] {name(key), definition, direction, key});
    }
}
