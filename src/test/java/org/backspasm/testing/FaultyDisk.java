package org.backspasm.testing;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import org.backspasm.store.Disk;

/**
 * A disk that can be switched to refuse writes the way real ones do: a read-only folder (opening a file to write
 * is denied) or a full disk (the first bytes of a write go through, then "No space left on device"). Everything
 * else goes to the real file system, so whatever the stores leave behind can be checked byte for byte.
 */
public final class FaultyDisk implements Disk {
    public enum Fault { NONE, READ_ONLY, FULL }

    private volatile Fault fault = Fault.NONE;
    private int refused;

    public void set(Fault f) {
        fault = f;
    }

    /** How many writes were refused so far. */
    public synchronized int refused() {
        return refused;
    }

    private synchronized void count() {
        refused++;
    }

    @Override
    public FileChannel open(Path file, OpenOption... options) throws IOException {
        if (fault == Fault.READ_ONLY) {
            count();
            throw new AccessDeniedException(file.toString(), null, "Read-only file system");
        }
        FileChannel real = FileChannel.open(file, options);
        return fault == Fault.FULL ? new FullChannel(real, this) : real;
    }

    /** Writes half of what it is given, then fails as a full disk does. */
    private static final class FullChannel extends FileChannel {
        private final FileChannel real;
        private final FaultyDisk disk;

        FullChannel(FileChannel real, FaultyDisk disk) {
            this.real = real;
            this.disk = disk;
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            int half = src.remaining() / 2;
            if (half > 0) {
                ByteBuffer part = src.slice().limit(half);
                real.write(part);
                src.position(src.position() + half);
            }
            disk.count();
            throw new IOException("No space left on device");
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
            return write(srcs[offset]);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            return write(src);
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return real.read(dst);
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
            return real.read(dsts, offset, length);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return real.read(dst, position);
        }

        @Override
        public long position() throws IOException {
            return real.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            real.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return real.size();
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            real.truncate(size);
            return this;
        }

        @Override
        public void force(boolean metaData) throws IOException {
            real.force(metaData);
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
            return real.transferTo(position, count, target);
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) throws IOException {
            throw new IOException("No space left on device");
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
            return real.map(mode, position, size);
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) throws IOException {
            return real.lock(position, size, shared);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return real.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            real.close();
        }
    }
}
