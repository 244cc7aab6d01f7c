package org.paxmap.render.output;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.util.function.IntFunction;
import java.util.function.UnaryOperator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.jcodec.api.awt.AWTSequenceEncoder;
import org.jcodec.common.model.Rational;

/**
 * Writes a playback video: H.264 in MP4 (jcodec, pure Java), or an animated GIF that loops (the JDK's GIF writer). The
 * frames are asked for one at a time, in order, so a long playback never holds more than two frames: frame {@code i}
 * is a {@link PageArt} drawing in pixels of the video's size. Runs on the calling thread (any thread but the JavaFX
 * application thread), an MP4's frames drawn on a helper thread meanwhile. Stateless.
 */
public final class VideoExport {
    private final OutputFile output;

    /** A writer to real files. */
    public VideoExport() {
        this(OutputFile.DIRECT);
    }

    /** A writer whose file channel passes through {@code filter} (tests: a disk that fills up). */
    VideoExport(UnaryOperator<SeekableByteChannel> filter) {
        this(new OutputFile(filter));
    }

    private VideoExport(OutputFile output) {
        this.output = output;
    }

    /** Frame art that shows {@code image} scaled to the whole frame (for frames already drawn elsewhere). */
    public static PageArt image(BufferedImage image) {
        return (g, width, height) -> g.drawImage(image, 0, 0, (int) Math.round(width), (int) Math.round(height), null);
    }

    /**
     * Writes an H.264 MP4. H.264 needs an even width and height: an odd one is rounded down by a pixel and the art
     * scaled into it. The frames are drawn one ahead of the encoder on a thread of its own ({@link FrameDrawer}): the
     * art of every frame is asked for in order on that thread. Progress counts one step per frame and one for the end
     * of the file.
     *
     * @return the absolute path written
     * @throws ExportException naming the file and why it could not be written (nothing is left behind)
     */
    public Path writeMp4(
            Path target, VideoFormat format, IntFunction<? extends PageArt> frames, ExportProgress progress)
            throws ExportException {
        int width = format.width();
        int height = format.height();
        int frameCount = format.frameCount();
        int evenWidth = Math.max(2, width & ~1);
        int evenHeight = Math.max(2, height & ~1);
        Rational rate = Rational.reduce((int) Math.round(format.framesPerSecond() * 1000), 1000);
        return output.write(target, progress, frameCount + 1, (channel, steps) -> {
            AWTSequenceEncoder encoder = new AWTSequenceEncoder(new JcodecChannel(channel), rate);
            try (FrameDrawer drawer = new FrameDrawer(frames, frameCount, width, height, evenWidth, evenHeight)) {
                for (int i = 0; i < frameCount; i++) {
                    encoder.encodeNativeFrame(drawer.next());
                    steps.done();
                }
            }
            encoder.finish();
            steps.done();
        });
    }

    /**
     * Writes an animated GIF that loops forever, each frame shown for {@code 1 / framesPerSecond} seconds (GIF counts
     * in hundredths: at most 100 fps, rounded). Each frame gets its own 256-colour palette. Progress counts one step per
     * frame and one for the end of the file.
     *
     * @return the absolute path written
     * @throws ExportException naming the file and why it could not be written (nothing is left behind)
     */
    public Path writeGif(
            Path target, VideoFormat format, IntFunction<? extends PageArt> frames, ExportProgress progress)
            throws ExportException {
        int width = format.width();
        int height = format.height();
        int frameCount = format.frameCount();
        int delay = (int) Math.max(1, Math.round(100 / format.framesPerSecond()));
        return output.writeStream(target, progress, frameCount + 1, (out, steps) -> {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
            try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(stream);
                ImageWriteParam param = writer.getDefaultWriteParam();
                IIOMetadata metadata = loopingFrame(writer, param, delay);
                writer.prepareWriteSequence(null);
                BufferedImage frame = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
                for (int i = 0; i < frameCount; i++) {
                    PageRaster.paint(frame, frames.apply(i), width, height);
                    writer.writeToSequence(new IIOImage(frame, null, metadata), param);
                    steps.done();
                }
                writer.endWriteSequence();
            } finally {
                writer.dispose();
            }
            steps.done();
        });
    }

    /**
     * Writes an MP4, or where the MP4 encoder fails on these frames, an animated GIF beside it with the same name
     * ending in {@code .gif}. Full disks, unwritable folders and cancel are not retried.
     *
     * @return the absolute path of the file written: the MP4, or the GIF
     */
    public Path writeMp4OrGif(
            Path target, VideoFormat format, IntFunction<? extends PageArt> frames, ExportProgress progress)
            throws ExportException {
        try {
            return writeMp4(target, format, frames, progress);
        } catch (ExportException e) {
            if (!(e.getCause() instanceof RuntimeException) || causedByIo(e.getCause())) {
                throw e; // cancelled, or the file system failed: a GIF would fare no better
            }
            return writeGif(gifBeside(target), format, frames, progress);
        }
    }

    private static boolean causedByIo(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return true;
            }
        }
        return false;
    }

    static Path gifBeside(Path target) {
        String name = target.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        return target.resolveSibling(base + ".gif");
    }

    private static IIOMetadata loopingFrame(ImageWriter writer, ImageWriteParam param, int delayHundredths)
            throws IOException {
        IIOMetadata metadata = writer.getDefaultImageMetadata(
                ImageTypeSpecifier.createFromBufferedImageType(BufferedImage.TYPE_INT_RGB), param);
        String format = metadata.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayHundredths));
        control.setAttribute("transparentColorIndex", "0");
        IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
        loop.setAttribute("applicationID", "NETSCAPE");
        loop.setAttribute("authenticationCode", "2.0");
        loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1: loop count 0 = for ever
        child(root, "ApplicationExtensions").appendChild(loop);
        metadata.setFromTree(format, root);
        return metadata;
    }

    private static IIOMetadataNode child(IIOMetadataNode parent, String name) {
        for (int i = 0; i < parent.getLength(); i++) {
            if (parent.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) parent.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        parent.appendChild(node);
        return node;
    }
}
