package org.yichuang.server.db;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jdbi.v3.core.config.ConfigRegistry;
import org.jdbi.v3.core.extension.SimpleExtensionConfigurer;
import org.jdbi.v3.core.mapper.RowMapper;
import org.jdbi.v3.core.mapper.RowMapperFactory;
import org.jdbi.v3.core.mapper.RowMappers;
import org.jdbi.v3.core.mapper.reflect.ConstructorMapper;
import org.jdbi.v3.core.statement.StatementContext;

/**
 * Constructor mappers that keep their column-bound form per column list.
 *
 * <p>Why: Jdbi's constructor mapper matches the result's columns to the constructor's parameters (names, column
 * mappers, nullability) anew for every statement; for a 25-column ticket row that was about 15 % of a queue request's
 * server CPU (JFR under bench/queue-load.sh). The bound form holds only column indexes and immutable column mappers,
 * so one per column list serves every later statement, on any thread.
 */
final class RecordMappers implements RowMapperFactory {
    private final RowMapperFactory constructors;
    private final Map<String, RowMapper<?>> bound = new ConcurrentHashMap<>();

    RecordMappers(Class<?> type) {
        this.constructors = ConstructorMapper.factory(type);
    }

    @Override
    public Optional<RowMapper<?>> build(Type type, ConfigRegistry config) {
        return constructors.build(type, config).map(CachingMapper::new);
    }

    /** Applies {@link RegisterRecordMapper}. */
    public static final class Configurer extends SimpleExtensionConfigurer {
        private final RecordMappers mappers;

        /** For Jdbi, with the annotation it configures. */
        public Configurer(Annotation annotation) {
            this.mappers = new RecordMappers(((RegisterRecordMapper) annotation).value());
        }

        @Override
        public void configure(ConfigRegistry config, Annotation annotation, Class<?> extensionType) {
            config.get(RowMappers.class).register(mappers);
        }
    }

    /** Applies {@link RegisterRecordMappers}. */
    public static final class ManyConfigurer extends SimpleExtensionConfigurer {
        private final List<RecordMappers> mappers;

        /** For Jdbi, with the annotation it configures. */
        public ManyConfigurer(Annotation annotation) {
            this.mappers = Arrays.stream(((RegisterRecordMappers) annotation).value())
                    .map(a -> new RecordMappers(a.value())).toList();
        }

        @Override
        public void configure(ConfigRegistry config, Annotation annotation, Class<?> extensionType) {
            mappers.forEach(config.get(RowMappers.class)::register);
        }
    }

    private final class CachingMapper<T> implements RowMapper<T> {
        private final RowMapper<T> constructor;

        CachingMapper(RowMapper<T> constructor) {
            this.constructor = constructor;
        }

        @Override
        public T map(ResultSet rs, StatementContext ctx) throws SQLException {
            return specialize(rs, ctx).map(rs, ctx);
        }

        @Override
        @SuppressWarnings("unchecked")
        public RowMapper<T> specialize(ResultSet rs, StatementContext ctx) throws SQLException {
            String columns = columns(rs.getMetaData());
            RowMapper<?> known = bound.get(columns);
            if (known == null) {
                known = constructor.specialize(rs, ctx);
                bound.putIfAbsent(columns, known);
            }
            return (RowMapper<T>) known;
        }

        private static String columns(ResultSetMetaData meta) throws SQLException {
            StringBuilder b = new StringBuilder(256);
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                b.append(meta.getColumnLabel(i)).append(',');
            }
            return b.toString();
        }
    }
}
