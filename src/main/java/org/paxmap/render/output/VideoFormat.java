package org.paxmap.render.output;

import java.util.Locale;

/**
 * The shape of a playback video: {@code frameCount} frames of {@code width × height} pixels, {@code framesPerSecond}
 * of them each second (a slide held 2 s at 25 fps is 50 frames).
 */
public record VideoFormat(int width, int height, double framesPerSecond, int frameCount) {
    /** @throws IllegalArgumentException for an empty size, no frames, or a rate outside (0, 1000] fps */
    public VideoFormat {
        if (width <= 0 || height <= 0 || frameCount <= 0 || !(framesPerSecond > 0) || framesPerSecond > 1000) {
            throw new IllegalArgumentException(String.format(
                    Locale.ROOT,
                    "no video of %d frames of %d × %d px at %.3f fps",
                    frameCount,
                    width,
                    height,
                    framesPerSecond));
        }
    }
}
