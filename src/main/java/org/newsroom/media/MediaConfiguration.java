package org.newsroom.media;

import jakarta.servlet.MultipartConfigElement;
import org.newsroom.platform.NewsroomProperties;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

@Configuration(proxyBeanMethods = false)
class MediaConfiguration {

    /** The file-system store in {@code newsroom.media.dir}. An S3-compatible store would be
     * another {@link MediaStore} made here instead; nothing else changes. */
    @Bean
    MediaStore mediaStore(NewsroomProperties properties) {
        return new FileSystemMediaStore(properties.media().dir());
    }

    /**
     * The servlet container's limits on uploads, set well above {@code newsroom.media.max-bytes}: a file somewhat over
     * the limit reaches the library, which refuses it with a message next to it. Only a file over twice the limit (or
     * a form of many) is cut off by the container, which the admin then answers with a message too.
     */
    @Bean
    MultipartConfigElement multipartConfigElement(NewsroomProperties properties) {
        long perFile = maxFileSize(properties);
        MultipartConfigFactory factory = new MultipartConfigFactory();
        factory.setMaxFileSize(DataSize.ofBytes(perFile));
        factory.setMaxRequestSize(DataSize.ofBytes(perFile * 4));
        factory.setFileSizeThreshold(DataSize.ofMegabytes(1));
        return factory.createMultipartConfig();
    }

    static long maxFileSize(NewsroomProperties properties) {
        return properties.media().maxBytes().toBytes() * 2
                + DataSize.ofMegabytes(1).toBytes();
    }
}
