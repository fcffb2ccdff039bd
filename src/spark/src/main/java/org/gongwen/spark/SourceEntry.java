package org.gongwen.spark;

import java.io.Serializable;
import java.net.URI;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;

/**
 * One corpus file as listed on the driver: what a task needs to read it. Example: {@code
 * hdfs://nn/archive/2024/国办发〔2024〕15号.pdf}, name {@code 国办发〔2024〕15号.pdf}, 482113 bytes.
 *
 * @param uri    the encoded URI the task opens
 * @param path   the same location as people read it, for failure rows
 * @param name   the file name, which names the record file ({@code <name>.json})
 * @param length the size in bytes
 */
record SourceEntry(String uri, String path, String name, long length) implements Serializable {
    static SourceEntry of(FileStatus status) {
        Path p = status.getPath();
        return new SourceEntry(p.toUri().toString(), p.toString(), p.getName(), status.getLen());
    }

    Path hadoopPath() {
        return new Path(URI.create(uri));
    }
}
