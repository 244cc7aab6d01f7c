package org.paxmap.render.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.jcodec.api.FrameGrab;
import org.jcodec.common.DemuxerTrackMeta;
import org.jcodec.common.io.NIOUtils;
import org.jcodec.common.model.Picture;
import org.jcodec.containers.mp4.demuxer.MP4Demuxer;
import org.jcodec.scale.AWTUtil;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.paxmap.testing.OutputTools;

@Tag("slow")
class VideoExportTest {
    @TempDir
    Path dir;

    /** Frame i: the slide's vector picture with a marker that walks across, and a red or blue corner. */
    static IntFunction<PageArt> playback(int frames) {
        return i -> (g, width, height) -> {
            TestSlides.vectorPicture(g, width, height, "Playback frame " + i);
            g.setColor(i < frames / 2 ? Color.RED : Color.BLUE);
            g.fillRect(0, (int) (height * 0.8), (int) (width * 0.1), (int) (height * 0.2));
            g.setColor(Color.BLACK);
            g.fillOval((int) (width * i / frames), (int) (height * 0.5), 20, 20);
        };
    }

    @Test
    void mp4HasEveryFrameAtAnEvenSize() throws Exception {
        Path mp4 = new VideoExport()
                .writeMp4(
                        dir.resolve("play.mp4"), new VideoFormat(321, 241, 10, 12), playback(12), ExportProgress.NONE);
        try (var channel = NIOUtils.readableChannel(mp4.toFile())) {
            MP4Demuxer demuxer = MP4Demuxer.createMP4Demuxer(channel);
            DemuxerTrackMeta meta = demuxer.getVideoTrack().getMeta();
            assertEquals(12, meta.getTotalFrames());
            assertEquals(320, meta.getVideoCodecMeta().getSize().getWidth());
            assertEquals(240, meta.getVideoCodecMeta().getSize().getHeight());
            assertEquals(1.2, meta.getTotalDuration(), 0.01, "12 frames at 10 fps");
        }
        // the pictures decode and show what was drawn: red corner early, blue late
        try (var channel = NIOUtils.readableChannel(mp4.toFile())) {
            FrameGrab grab = FrameGrab.createFrameGrab(channel);
            Picture first = grab.getNativeFrame();
            BufferedImage image = AWTUtil.toBufferedImage(first);
            int corner = image.getRGB(10, 230);
            assertTrue(((corner >> 16) & 0xFF) > 180 && (corner & 0xFF) < 80, Integer.toHexString(corner));
        }
        assertEquals(List.of(mp4), Files.list(dir).toList());
    }

    @Test
    void ffprobeReadsTheMp4AsH264() throws Exception {
        assumeTrue(OutputTools.onPath("ffprobe"), "ffprobe (Debian package ffmpeg) is not installed");
        Path mp4 = new VideoExport()
                .writeMp4(
                        dir.resolve("probe.mp4"), new VideoFormat(640, 360, 25, 30), playback(30), ExportProgress.NONE);
        String out = OutputTools.ffprobe(mp4);
        assertEquals("h264,640,360,30", out);
    }

    @Test
    void gifHasEveryFrameLoopingWithTheDelay() throws Exception {
        Path gif = new VideoExport()
                .writeGif(dir.resolve("play.gif"), new VideoFormat(161, 91, 4, 5), playback(5), ExportProgress.NONE);
        try (ImageInputStream in = ImageIO.createImageInputStream(gif.toFile())) {
            ImageReader reader = ImageIO.getImageReadersByFormatName("gif").next();
            reader.setInput(in);
            assertEquals(5, reader.getNumImages(true));
            for (int i = 0; i < 5; i++) {
                BufferedImage frame = reader.read(i);
                assertEquals(161, frame.getWidth());
                assertEquals(91, frame.getHeight());
                IIOMetadataNode root =
                        (IIOMetadataNode) reader.getImageMetadata(i).getAsTree("javax_imageio_gif_image_1.0");
                IIOMetadataNode control = (IIOMetadataNode)
                        root.getElementsByTagName("GraphicControlExtension").item(0);
                assertEquals("25", control.getAttribute("delayTime"), "4 fps: 25 hundredths");
            }
            IIOMetadataNode first =
                    (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_gif_image_1.0");
            IIOMetadataNode loop = (IIOMetadataNode)
                    first.getElementsByTagName("ApplicationExtension").item(0);
            assertEquals("NETSCAPE", loop.getAttribute("applicationID"));
            byte[] loopCount = (byte[]) loop.getUserObject();
            assertEquals(1, loopCount[0]);
            assertEquals(0, loopCount[1] | loopCount[2], "loops for ever");
        }
    }

    @Test
    void whereTheMp4EncoderFailsAGifIsWrittenBesideIt() throws Exception {
        IntFunction<PageArt> failsOnceInMp4 = new IntFunction<>() {
            boolean failed;

            @Override
            public PageArt apply(int i) {
                if (!failed) {
                    failed = true;
                    throw new IllegalStateException("the encoder cannot take this frame");
                }
                return playback(3).apply(i);
            }
        };
        Path written = new VideoExport()
                .writeMp4OrGif(
                        dir.resolve("play.mp4"), new VideoFormat(100, 80, 5, 3), failsOnceInMp4, ExportProgress.NONE);
        assertEquals(dir.resolve("play.gif"), written);
        assertEquals(List.of(written), Files.list(dir).toList(), "no MP4, no temporary file");
    }

    @Test
    void sixtyFullHdFramesTimed() throws Exception {
        long start = System.nanoTime();
        Path mp4 = new VideoExport()
                .writeMp4(
                        dir.resolve("hd.mp4"), new VideoFormat(1920, 1080, 25, 60), playback(60), ExportProgress.NONE);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
                "VideoExport: 60 frames of 1920x1080 H.264 in %d ms, %.2f MB%n", millis, Files.size(mp4) / 1e6);
        try (var channel = NIOUtils.readableChannel(mp4.toFile())) {
            assertEquals(
                    60,
                    MP4Demuxer.createMP4Demuxer(channel)
                            .getVideoTrack()
                            .getMeta()
                            .getTotalFrames());
        }
    }
}
