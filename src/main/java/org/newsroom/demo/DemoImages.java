package org.newsroom.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.Polygon;
import java.awt.RenderingHints;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * The demo stories' lead images, drawn here rather than downloaded: flat illustrations of each story's scene. Every
 * drawing is the same on every run (its random numbers are seeded), so the files, named by their content, are the same
 * on every instance.
 *
 * <p>Drawn rather than committed as image files: each scene is one short method that a diff shows, the pictures
 * cost no binary files in the repository, and any scene can be changed in its code. The shared shapes (sky,
 * mountains, skyline) come last; splitting the scenes into classes would only scatter them.
 */
final class DemoImages {

    static final int WIDTH = 1200;
    static final int HEIGHT = 675;

    private DemoImages() {}

    /** The scene as a PNG. */
    static byte[] png(String scene) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        Random random = new Random(scene.hashCode());
        switch (scene) {
            case "geneva" -> geneva(g, random);
            case "talks" -> talks(g);
            case "rail" -> rail(g, random);
            case "solar" -> solar(g, random);
            case "ballot" -> ballot(g);
            case "freight" -> freight(g, random);
            case "robot" -> robot(g);
            case "ice" -> ice(g, random);
            case "football" -> football(g);
            case "sketchbook" -> sketchbook(g, random);
            case "water" -> water(g, random);
            case "capsules" -> capsules(g, random);
            default -> throw new IllegalArgumentException("No demo scene " + scene);
        }
        g.dispose();
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            ImageIO.write(image, "png", bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lake Geneva: the Alps, the lake, the Jet d'Eau, a row of flags on the quay. */
    private static void geneva(Graphics2D g, Random random) {
        sky(g, new Color(0x8ec5e8), new Color(0xf4e3c1), 0, 420);
        Polygon alps = mountains(g, random, 330, 110, new Color(0xb7c4d6), 9);
        g.setColor(new Color(0xf7fbff));
        for (int i = 1; i < alps.npoints - 1; i++) {
            int x = alps.xpoints[i];
            int y = alps.ypoints[i];
            if (y < alps.ypoints[i - 1] && y < alps.ypoints[i + 1] && y < 280) {
                // Snow on each peak, following the slopes for a quarter of the way down.
                int left = x + (alps.xpoints[i - 1] - x) / 4;
                int right = x + (alps.xpoints[i + 1] - x) / 4;
                int leftY = y + (alps.ypoints[i - 1] - y) / 4;
                int rightY = y + (alps.ypoints[i + 1] - y) / 4;
                g.fill(new Polygon(
                        new int[] {left, x, right, (x + right) / 2, (x + left) / 2},
                        new int[] {leftY, y, rightY, rightY - 4, leftY + 6},
                        5));
            }
        }
        mountains(g, random, 380, 70, new Color(0x6f86a3), 7);
        g.setPaint(new GradientPaint(0, 400, new Color(0x3d7fb3), 0, HEIGHT, new Color(0x173f63)));
        g.fillRect(0, 400, WIDTH, HEIGHT - 400);
        g.setColor(new Color(255, 255, 255, 60));
        for (int i = 0; i < 40; i++) {
            int y = 420 + random.nextInt(230);
            int x = random.nextInt(WIDTH);
            g.fillRect(x, y, 40 + random.nextInt(90), 2);
        }
        // The fountain: a plume rising from the jetty, drifting with the wind.
        Path2D plume = new Path2D.Double();
        plume.moveTo(760, 405);
        plume.curveTo(752, 300, 742, 190, 760, 70);
        plume.curveTo(790, 90, 800, 150, 792, 220);
        plume.curveTo(786, 300, 776, 360, 772, 405);
        plume.closePath();
        g.setPaint(new GradientPaint(0, 70, new Color(255, 255, 255, 140), 0, 405, new Color(255, 255, 255, 245)));
        g.fill(plume);
        g.setColor(new Color(0x2e3b4e));
        g.fillRect(600, 400, 260, 8);
        // The quay and its flags.
        g.setColor(new Color(0x4a4f57));
        g.fillRect(0, 600, WIDTH, 75);
        Color[] flags = {
            new Color(0xd52b1e), new Color(0x5b92e5), new Color(0xffffff), new Color(0x007a3d), new Color(0xce1126)
        };
        for (int i = 0; i < 12; i++) {
            int x = 40 + i * 100;
            g.setColor(new Color(0xd9d9d9));
            g.fillRect(x, 470, 4, 130);
            g.setColor(flags[i % flags.length]);
            g.fillRect(x + 4, 474, 46, 30);
        }
    }

    /**
     * The negotiating room: a long table under a pale blue wall with the envoy's seat at its head, two delegations
     * facing each other, their microphones and water glasses.
     */
    private static void talks(Graphics2D g) {
        sky(g, new Color(0xdde8f3), new Color(0xb9cde3), 0, 430);
        // The emblem on the wall: a ring and its meridians, in the blue of the flag.
        g.setColor(new Color(0x5b92e5));
        g.setStroke(new BasicStroke(10));
        g.draw(new Ellipse2D.Double(520, 60, 160, 160));
        g.setStroke(new BasicStroke(4));
        g.draw(new Ellipse2D.Double(560, 60, 80, 160));
        g.drawLine(600, 60, 600, 220);
        g.drawLine(520, 140, 680, 140);
        // The floor, then the table in perspective: narrow at the far end, wide at the near one.
        g.setColor(new Color(0x6b5b4b));
        g.fillRect(0, 430, WIDTH, HEIGHT - 430);
        Polygon table = new Polygon(new int[] {520, 680, 1020, 180}, new int[] {330, 330, 675, 675}, 4);
        g.setColor(new Color(0xf1ece2));
        g.fill(table);
        g.setColor(new Color(0xcfc5b4));
        g.setStroke(new BasicStroke(3));
        g.draw(table);
        // The envoy's chair at the head of the table.
        g.setColor(new Color(0x2f3e4e));
        g.fill(new RoundRectangle2D.Double(570, 250, 60, 80, 14, 14));
        // The delegations' chairs, the microphones and glasses along each side.
        for (int i = 0; i < 5; i++) {
            double t = (i + 0.5) / 5;
            int y = (int) (340 + t * 320);
            int size = (int) (34 + t * 46);
            int left = (int) (520 - t * 340);
            int right = (int) (680 + t * 340);
            g.setColor(new Color(0x3d4a5c));
            g.fill(new RoundRectangle2D.Double(left - size - 8, y - size, size, size * 1.4, 10, 10));
            g.fill(new RoundRectangle2D.Double(right + 8, y - size, size, size * 1.4, 10, 10));
            g.setColor(new Color(0x222222));
            g.setStroke(new BasicStroke(Math.max(2, size / 14f)));
            g.drawLine(left + size / 2, y, left + size, y - size / 2);
            g.drawLine(right - size / 2, y, right - size, y - size / 2);
            g.setColor(new Color(180, 215, 240, 200));
            g.fill(new RoundRectangle2D.Double(left + size, y - size / 3, size / 4.0, size / 3.0, 4, 4));
            g.fill(new RoundRectangle2D.Double(right - size - size / 4, y - size / 3, size / 4.0, size / 3.0, 4, 4));
        }
    }

    /** A night train crossing a viaduct between cities. */
    private static void rail(Graphics2D g, Random random) {
        sky(g, new Color(0x1d2b53), new Color(0xe07a5f), 0, 520);
        g.setColor(new Color(255, 244, 214));
        g.fill(new Ellipse2D.Double(880, 110, 90, 90));
        skyline(g, random, 470, new Color(0x2b2d42));
        g.setColor(new Color(0x14213d));
        g.fillRect(0, 500, WIDTH, 20);
        for (int x = 30; x < WIDTH; x += 160) {
            g.fill(new Arc2D.Double(x, 520, 130, 220, 0, 180, Arc2D.PIE));
        }
        g.setColor(new Color(0x14213d));
        g.fillRect(0, 520, WIDTH, HEIGHT - 520);
        g.setColor(new Color(0x0f3460));
        for (int x = 30; x < WIDTH; x += 160) {
            g.fill(new Arc2D.Double(x + 10, 545, 110, 200, 0, 180, Arc2D.PIE));
        }
        // The train.
        for (int car = 0; car < 5; car++) {
            int x = 140 + car * 185;
            g.setColor(car == 0 ? new Color(0xe63946) : new Color(0xf1faee));
            g.fill(new RoundRectangle2D.Double(x, 440, 175, 58, car == 0 ? 50 : 14, 30));
            g.setColor(new Color(0xffd166));
            for (int w = 0; w < 5; w++) {
                g.fillRect(x + 16 + w * 31, 452, 22, 16);
            }
        }
    }

    /** A solar panel driving a pump in a dry field. */
    private static void solar(Graphics2D g, Random random) {
        sky(g, new Color(0xffb347), new Color(0xffe29a), 0, 400);
        g.setColor(new Color(0xfff3b0));
        g.fill(new Ellipse2D.Double(110, 60, 170, 170));
        g.setColor(new Color(0xc68b59));
        g.fillRect(0, 400, WIDTH, HEIGHT - 400);
        g.setColor(new Color(0x9c6644));
        for (int i = 0; i < 9; i++) {
            int y = 420 + i * 30;
            g.fillRect(0, y, WIDTH, 6);
        }
        g.setColor(new Color(0x588157));
        for (int i = 0; i < 70; i++) {
            int x = random.nextInt(WIDTH);
            int y = 430 + random.nextInt(230);
            g.fill(new Ellipse2D.Double(x, y, 14, 22));
        }
        // The panel on its frame.
        g.setColor(new Color(0x3a3a3a));
        g.fillRect(700, 330, 10, 120);
        g.fillRect(880, 330, 10, 120);
        Path2D panel = new Path2D.Double();
        panel.moveTo(620, 340);
        panel.lineTo(960, 340);
        panel.lineTo(900, 180);
        panel.lineTo(680, 180);
        panel.closePath();
        g.setPaint(new GradientPaint(680, 180, new Color(0x1d3557), 960, 340, new Color(0x457b9d)));
        g.fill(panel);
        g.setColor(new Color(0xa8dadc));
        g.setStroke(new BasicStroke(3));
        for (int i = 1; i < 4; i++) {
            double t = i / 4.0;
            g.drawLine((int) (680 - 60 * t), (int) (180 + 160 * t), (int) (900 + 60 * t), (int) (180 + 160 * t));
        }
        for (int i = 1; i < 6; i++) {
            g.drawLine(680 + i * 37, 180, 620 + i * 57, 340);
        }
        // Pump, pipe and water.
        g.setColor(new Color(0x6c757d));
        g.fillRect(420, 380, 60, 80);
        g.fillRect(470, 400, 180, 14);
        g.setColor(new Color(0x4ea8de));
        g.fill(new Ellipse2D.Double(180, 470, 300, 70));
    }

    /** A ballot paper going into a ballot box. */
    private static void ballot(Graphics2D g) {
        g.setPaint(new GradientPaint(0, 0, new Color(0x2a9d8f), WIDTH, HEIGHT, new Color(0x264653)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(255, 255, 255, 30));
        for (int i = 0; i < 12; i++) {
            g.fill(new Ellipse2D.Double(-200 + i * 120, 500 - i * 40, 300, 300));
        }
        g.setColor(new Color(0xe9c46a));
        g.fill(new RoundRectangle2D.Double(380, 330, 440, 290, 24, 24));
        g.setColor(new Color(0xf4a261));
        g.fill(new Polygon(new int[] {380, 820, 780, 420}, new int[] {330, 330, 280, 280}, 4));
        g.setColor(new Color(0x1d1d1d));
        g.fillRect(520, 296, 160, 12);
        // The paper, with its cross.
        g.setColor(Color.WHITE);
        g.fill(new Polygon(new int[] {540, 680, 700, 560}, new int[] {300, 300, 90, 90}, 4));
        g.setColor(new Color(0x264653));
        g.setStroke(new BasicStroke(5));
        g.drawRect(580, 130, 40, 40);
        g.drawLine(585, 135, 615, 165);
        g.drawLine(615, 135, 585, 165);
        for (int i = 0; i < 3; i++) {
            g.drawLine(635, 140 + i * 16, 670, 140 + i * 16);
        }
        // Stars of a ballot's party boxes, drawn rather than lettered: the image needs no fonts on the server.
        g.setColor(new Color(0x264653));
        for (int i = 0; i < 3; i++) {
            g.fill(new Ellipse2D.Double(500 + i * 80, 440, 40, 40));
        }
    }

    /** Containers stacked on a quay, and a ship. */
    private static void freight(Graphics2D g, Random random) {
        sky(g, new Color(0xcfe8ef), new Color(0xf2f2f2), 0, 430);
        g.setColor(new Color(0x457b9d));
        g.fillRect(0, 430, WIDTH, HEIGHT - 430);
        Color[] colors = {
            new Color(0xe63946), new Color(0x1d3557), new Color(0xf4a261), new Color(0x2a9d8f), new Color(0x6d597a)
        };
        // The ship.
        g.setColor(new Color(0x22223b));
        g.fill(new Polygon(new int[] {560, 1160, 1120, 600}, new int[] {420, 420, 500, 500}, 4));
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 8; col++) {
                g.setColor(colors[random.nextInt(colors.length)]);
                g.fillRect(620 + col * 62, 384 - row * 36, 58, 32);
            }
        }
        g.setColor(Color.WHITE);
        g.fillRect(1060, 300, 60, 84);
        // The crane and the stacks on the quay.
        g.setColor(new Color(0x3d405b));
        g.fillRect(0, 520, 560, 155);
        g.setColor(new Color(0xf4a261));
        g.setStroke(new BasicStroke(12));
        g.drawLine(420, 520, 420, 140);
        g.drawLine(300, 160, 760, 160);
        g.drawLine(420, 230, 520, 160);
        g.setStroke(new BasicStroke(3));
        g.drawLine(700, 160, 700, 300);
        for (int row = 0; row < 4; row++) {
            for (int col = 0; col < 5; col++) {
                g.setColor(colors[random.nextInt(colors.length)]);
                g.fillRect(30 + col * 74, 484 - row * 40, 70, 36);
            }
        }
    }

    /** A warehouse robot arm at the shelves. */
    private static void robot(Graphics2D g) {
        g.setPaint(new GradientPaint(0, 0, new Color(0xe9ecef), 0, HEIGHT, new Color(0xadb5bd)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0x6c757d));
        for (int shelf = 0; shelf < 4; shelf++) {
            int y = 140 + shelf * 120;
            g.fillRect(60, y, 520, 10);
            for (int box = 0; box < 5; box++) {
                g.setColor(box % 2 == 0 ? new Color(0xc9a227) : new Color(0xb08968));
                g.fillRect(80 + box * 100, y - 70, 80, 70);
            }
            g.setColor(new Color(0x6c757d));
        }
        g.setColor(new Color(0x343a40));
        g.fillRect(760, 560, 240, 50);
        g.setStroke(new BasicStroke(36, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0xff7f11));
        g.drawLine(880, 560, 820, 360);
        g.drawLine(820, 360, 660, 300);
        g.setColor(new Color(0x343a40));
        g.fill(new Ellipse2D.Double(850, 530, 60, 60));
        g.fill(new Ellipse2D.Double(795, 335, 50, 50));
        g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(660, 300, 620, 270);
        g.drawLine(660, 300, 620, 330);
        // The camera that watches, and what it sees.
        g.setColor(new Color(0x0077b6));
        g.fill(new Ellipse2D.Double(1010, 180, 70, 70));
        g.setColor(new Color(0, 119, 182, 60));
        g.fill(new Polygon(new int[] {1030, 560, 560}, new int[] {215, 100, 420}, 3));
    }

    /** Sea ice breaking up under a low Arctic sun. */
    private static void ice(Graphics2D g, Random random) {
        sky(g, new Color(0x355070), new Color(0xeaac8b), 0, 330);
        g.setColor(new Color(255, 236, 209));
        g.fill(new Ellipse2D.Double(540, 270, 120, 120));
        g.setPaint(new GradientPaint(0, 330, new Color(0x16324f), 0, HEIGHT, new Color(0x0b1d2e)));
        g.fillRect(0, 330, WIDTH, HEIGHT - 330);
        for (int i = 0; i < 26; i++) {
            int y = 340 + (int) (Math.pow(random.nextDouble(), 0.8) * 320);
            int size = 30 + (y - 330) / 2;
            int x = random.nextInt(WIDTH);
            Polygon floe = new Polygon();
            for (int p = 0; p < 7; p++) {
                double angle = Math.PI * 2 * p / 7;
                double r = size * (0.6 + random.nextDouble() * 0.5);
                floe.addPoint(x + (int) (Math.cos(angle) * r), y + (int) (Math.sin(angle) * r * 0.3));
            }
            g.setColor(new Color(0xe0fbfc));
            g.fill(floe);
            g.setColor(new Color(0x98c1d9));
            g.translate(0, 6);
            g.draw(floe);
            g.translate(0, -6);
        }
    }

    /** A football pitch seen from above, with the ball on the centre spot. */
    private static void football(Graphics2D g) {
        for (int i = 0; i < 12; i++) {
            g.setColor(i % 2 == 0 ? new Color(0x2d6a4f) : new Color(0x40916c));
            g.fillRect(i * 100, 0, 100, HEIGHT);
        }
        g.setColor(Color.WHITE);
        g.setStroke(new BasicStroke(6));
        g.drawRect(60, 50, WIDTH - 120, HEIGHT - 100);
        g.drawLine(WIDTH / 2, 50, WIDTH / 2, HEIGHT - 50);
        g.draw(new Ellipse2D.Double(WIDTH / 2.0 - 90, HEIGHT / 2.0 - 90, 180, 180));
        g.drawRect(60, HEIGHT / 2 - 150, 160, 300);
        g.drawRect(WIDTH - 220, HEIGHT / 2 - 150, 160, 300);
        g.fill(new Ellipse2D.Double(WIDTH / 2.0 - 24, HEIGHT / 2.0 - 24, 48, 48));
        g.setColor(new Color(0x1b1b1b));
        g.fill(new Ellipse2D.Double(WIDTH / 2.0 - 9, HEIGHT / 2.0 - 9, 18, 18));
        g.setColor(new Color(0xffd60a));
        g.fill(new Ellipse2D.Double(430, 200, 28, 28));
        g.fill(new Ellipse2D.Double(740, 430, 28, 28));
        g.setColor(new Color(0xe63946));
        g.fill(new Ellipse2D.Double(520, 420, 28, 28));
        g.fill(new Ellipse2D.Double(820, 220, 28, 28));
    }

    /** An open sketchbook of modernist shapes. */
    private static void sketchbook(Graphics2D g, Random random) {
        g.setColor(new Color(0x3c2f2f));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0xf3e9d2));
        g.fill(new RoundRectangle2D.Double(140, 80, 450, 520, 16, 16));
        g.fill(new RoundRectangle2D.Double(610, 80, 450, 520, 16, 16));
        g.setColor(new Color(0xd4c5a9));
        g.fillRect(592, 80, 16, 520);
        Color[] colors = {new Color(0x009c3b), new Color(0xffdf00), new Color(0x002776), new Color(0xd62828)};
        for (int i = 0; i < 9; i++) {
            g.setColor(colors[i % colors.length]);
            int x = 180 + random.nextInt(340);
            int y = 130 + random.nextInt(380);
            switch (i % 3) {
                case 0 -> g.fill(new Ellipse2D.Double(x, y, 60 + random.nextInt(60), 60 + random.nextInt(60)));
                case 1 -> g.fillRect(x, y, 50 + random.nextInt(90), 40 + random.nextInt(60));
                default -> g.fill(new Polygon(new int[] {x, x + 90, x + 30}, new int[] {y + 90, y + 70, y}, 3));
            }
        }
        g.setColor(new Color(0x3c2f2f));
        g.setStroke(new BasicStroke(4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        Path2D line = new Path2D.Double();
        line.moveTo(660, 500);
        for (int i = 0; i < 8; i++) {
            line.curveTo(
                    680 + i * 45, 120 + random.nextInt(120), 700 + i * 45, 420 + random.nextInt(80), 720 + i * 45, 300);
        }
        g.draw(line);
    }

    /** Water tanks on the flat roofs of a hillside city, and the last drop from a tap. */
    private static void water(Graphics2D g, Random random) {
        sky(g, new Color(0x8ecae6), new Color(0xf7ede2), 0, 380);
        g.setColor(new Color(0xd4a373));
        g.fill(new Polygon(new int[] {0, WIDTH, WIDTH, 0}, new int[] {300, 200, HEIGHT, HEIGHT}, 4));
        Color[] walls = {new Color(0xf2e8cf), new Color(0xe9dcc0), new Color(0xdccbb0)};
        for (int row = 0; row < 3; row++) {
            int base = 360 + row * 120;
            for (int x = -30 + row * 60; x < WIDTH; x += 190) {
                int h = 90 + random.nextInt(50);
                int w = 150 + random.nextInt(20);
                int top = base - h - (WIDTH - x) / 20;
                g.setColor(walls[row]);
                g.fillRect(x, top, w, HEIGHT - top);
                g.setColor(new Color(0x6b705c));
                for (int wy = top + 24; wy < top + h; wy += 38) {
                    for (int wx = x + 18; wx < x + w - 20; wx += 42) {
                        g.fillRect(wx, wy, 18, 20);
                    }
                }
                // One or two tanks on the roof.
                for (int t = 0; t < 1 + random.nextInt(2); t++) {
                    int tx = x + 20 + t * 60;
                    g.setColor(new Color(0x1d3557));
                    g.fillRect(tx, top - 34, 40, 34);
                    g.setColor(new Color(0x457b9d));
                    g.fill(new Ellipse2D.Double(tx, top - 42, 40, 16));
                }
            }
        }
        g.setColor(new Color(0x6c757d));
        g.fillRect(960, 40, 160, 30);
        g.fillRect(1080, 40, 30, 90);
        g.setColor(new Color(0x0096c7));
        Path2D drop = new Path2D.Double();
        drop.moveTo(1095, 150);
        drop.curveTo(1075, 185, 1070, 205, 1095, 215);
        drop.curveTo(1120, 205, 1115, 185, 1095, 150);
        g.fill(drop);
    }

    /** Capsules and a blister pack, counted out. */
    private static void capsules(Graphics2D g, Random random) {
        g.setPaint(new GradientPaint(0, 0, new Color(0xe0fbfc), WIDTH, HEIGHT, new Color(0xc2dfe3)));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        g.setColor(new Color(0xdee2e6));
        g.fill(new RoundRectangle2D.Double(120, 140, 520, 400, 30, 30));
        for (int row = 0; row < 3; row++) {
            for (int col = 0; col < 5; col++) {
                g.setColor(new Color(0xf8f9fa));
                g.fill(new RoundRectangle2D.Double(160 + col * 92, 180 + row * 120, 72, 96, 36, 36));
                if (row * 5 + col < 10) {
                    capsule(g, 196 + col * 92, 228 + row * 120, Math.PI / 2);
                }
            }
        }
        for (int i = 0; i < 7; i++) {
            capsule(g, 760 + random.nextInt(320), 140 + random.nextInt(420), random.nextDouble() * Math.PI);
        }
    }

    private static void capsule(Graphics2D g, int x, int y, double angle) {
        Graphics2D c = (Graphics2D) g.create();
        c.translate(x, y);
        c.rotate(angle);
        c.setColor(new Color(0xe63946));
        c.fill(new RoundRectangle2D.Double(-60, -24, 60, 48, 48, 48));
        c.fillRect(-30, -24, 30, 48);
        c.setColor(Color.WHITE);
        c.fill(new RoundRectangle2D.Double(0, -24, 60, 48, 48, 48));
        c.fillRect(0, -24, 30, 48);
        c.dispose();
    }

    private static void sky(Graphics2D g, Color top, Color bottom, int from, int to) {
        g.setPaint(new GradientPaint(0, from, top, 0, to, bottom));
        g.fillRect(0, from, WIDTH, to - from);
    }

    private static Polygon mountains(Graphics2D g, Random random, int base, int height, Color color, int peaks) {
        Polygon ridge = new Polygon();
        ridge.addPoint(0, base + 40);
        for (int i = 0; i <= peaks * 2; i++) {
            int x = i * WIDTH / (peaks * 2);
            int y = i % 2 == 1 ? base - height + random.nextInt(height / 2) : base - random.nextInt(height / 3);
            ridge.addPoint(x, y);
        }
        ridge.addPoint(WIDTH, base + 40);
        g.setColor(color);
        g.fill(ridge);
        return ridge;
    }

    private static void skyline(Graphics2D g, Random random, int base, Color color) {
        g.setColor(color);
        for (int x = 0; x < WIDTH; x += 50 + random.nextInt(40)) {
            int h = 60 + random.nextInt(160);
            g.fillRect(x, base - h, 44 + random.nextInt(30), h + 40);
        }
    }
}
