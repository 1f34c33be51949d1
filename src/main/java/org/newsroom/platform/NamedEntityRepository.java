package org.newsroom.platform;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.NoRepositoryBean;

/** What the repositories of authors, sections and tags share: stories list them by id, in an order of their own. */
@NoRepositoryBean
public interface NamedEntityRepository<T extends NamedEntity> extends JpaRepository<T, Long> {

    /** The ones with these ids, in the order given (a story's tags, its byline); unknown ids are left out. */
    default List<T> findAllInOrder(List<Long> ids) {
        Map<Long, T> byId =
                findAllById(ids).stream().collect(Collectors.toMap(NamedEntity::getId, Function.identity()));
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }
}
