package org.newsroom.media;

import jakarta.servlet.MultipartConfigElement;
import java.net.URI;
import org.newsroom.platform.NewsroomProperties;
import org.springframework.boot.servlet.MultipartConfigFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

@Configuration(proxyBeanMethods = false)
class MediaConfiguration {

    /**
     * The store {@code newsroom.media.store} names: the file system in {@code newsroom.media.dir} (the default), or
     * the bucket of {@code newsroom.media.s3.*}, which must exist and answer, or the start stops saying so.
     */
    @Bean
    MediaStore mediaStore(NewsroomProperties properties) {
        NewsroomProperties.Media media = properties.media();
        return switch (media.store()) {
            case FILESYSTEM -> new FileSystemMediaStore(media.dir());
            case S3 -> new S3MediaStore(s3Client(media.s3()), media.s3().bucket()).checked();
        };
    }

    /**
     * A client for an S3-compatible store: path-style addresses ({@code endpoint/bucket/key}), which MinIO, Ceph and R2
     * need and Amazon accepts; the JDK's own HTTP client; checksums only where the API requires them, since not every
     * S3-compatible store takes the SDK's newer default ones; the explicit keys if given, else the SDK's chain.
     */
    static S3Client s3Client(NewsroomProperties.S3 settings) {
        S3ClientBuilder builder = S3Client.builder()
                .httpClient(UrlConnectionHttpClient.create())
                .region(Region.of(settings.region()))
                .forcePathStyle(true)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .credentialsProvider(credentials(settings));
        if (settings.endpoint() != null && !settings.endpoint().isBlank()) {
            builder.endpointOverride(URI.create(settings.endpoint().strip()));
        }
        return builder.build();
    }

    private static AwsCredentialsProvider credentials(NewsroomProperties.S3 settings) {
        boolean explicit = settings.accessKey() != null && !settings.accessKey().isBlank();
        return explicit
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(
                        settings.accessKey().strip(), settings.secretKey() == null ? "" : settings.secretKey()))
                : DefaultCredentialsProvider.builder().build();
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
