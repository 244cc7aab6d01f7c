package org.paxmap.render.output;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;

/**
 * jcodec's own seekable channel over a JDK one, so the MP4 muxer writes into the export's temporary file (and seeks
 * back to fill in sizes). Closing it leaves the file's channel open: the export closes that. Writer's thread only.
 */
final class JcodecChannel implements org.jcodec.common.io.SeekableByteChannel {
    private final SeekableByteChannel channel;

    JcodecChannel(SeekableByteChannel channel) {
        this.channel = channel;
    }

    @Override
    public long position() throws IOException {
        return channel.position();
    }

    @Override
    public org.jcodec.common.io.SeekableByteChannel setPosition(long position) throws IOException {
        channel.position(position);
        return this;
    }

    @Override
    public long size() throws IOException {
        return channel.size();
    }

    @Override
    public org.jcodec.common.io.SeekableByteChannel truncate(long size) throws IOException {
        channel.truncate(size);
        return this;
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
        return channel.read(dst);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
        return channel.write(src);
    }

    @Override
    public boolean isOpen() {
        return channel.isOpen();
    }

    @Override
    public void close() {
        // the export closes the file's channel once it has been forced to disk
    }
}
