package org.newsroom.media;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImageRepository extends JpaRepository<Image, Long> {

    Optional<Image> findByOriginalKey(String originalKey);
}
