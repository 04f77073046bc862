package org.hillmix.server.cli;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

import org.hillmix.core.data.ImageCodec;
import org.hillmix.core.data.ImageTensor;
import org.hillmix.core.shift.ImageShift;

/**
 * A picture of shifts: one row per shift with the original image and severities 1-5, each cell
 * enlarged by whole pixels (nearest neighbour, so the pixels stay visible), names at the left.
 */
final class ShiftGrid {

    private static final int LABEL_WIDTH = 150;
    private static final int HEADER = 22;
    private static final int GAP = 4;

    private ShiftGrid() {
    }

    static BufferedImage render(ImageTensor image, List<ImageShift> shifts, long seed, int zoom) {
        int cellW = image.width() * zoom;
        int cellH = image.height() * zoom;
        int width = LABEL_WIDTH + 6 * (cellW + GAP);
        int height = HEADER + shifts.size() * (cellH + GAP);
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
            g.setColor(Color.BLACK);
            String[] heads = {"original", "1", "2", "3", "4", "5"};
            for (int col = 0; col < 6; col++) {
                g.drawString(heads[col], LABEL_WIDTH + col * (cellW + GAP) + 2, HEADER - 6);
            }
            for (int row = 0; row < shifts.size(); row++) {
                ImageShift s = shifts.get(row);
                int y = HEADER + row * (cellH + GAP);
                g.setColor(Color.BLACK);
                g.drawString(s.name(), 4, y + cellH / 2 + 5);
                for (int col = 0; col < 6; col++) {
                    ImageTensor cell = col == 0 ? image : s.apply(image, col, seed);
                    BufferedImage b = ImageCodec.toBufferedImage(cell);
                    g.drawImage(b, LABEL_WIDTH + col * (cellW + GAP), y, cellW, cellH, null);
                }
            }
        } finally {
            g.dispose();
        }
        return out;
    }
}
