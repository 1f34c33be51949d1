package org.newsroom.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements the current thread sends while it runs a piece of code ({@link #during}): the
 * application's {@link DataSource} is wrapped so that every statement it hands out reports its executions. Only the
 * calling thread's statements are counted, so the instance's background work (the notification listener, timers)
 * does not blur the count. Import it into a test class whose context may differ from the shared one, since it wraps
 * the pool (unwrapping to the pool itself still works).
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCount {

    private static final ThreadLocal<List<String>> COUNTING = new ThreadLocal<>();

    /** The statements sent by this thread while {@code work} ran, in order (their SQL, where the driver knows it). */
    public static <T> Counted<T> during(Supplier<T> work) {
        List<String> statements = new ArrayList<>();
        List<String> outer = COUNTING.get();
        COUNTING.set(statements);
        try {
            return new Counted<>(work.get(), List.copyOf(statements));
        } finally {
            COUNTING.set(outer);
        }
    }

    /** What the work returned, and the statements it sent. */
    public record Counted<T>(T result, List<String> statements) {
        public int count() {
            return statements.size();
        }
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource ? wrap(dataSource) : bean;
            }
        };
    }

    static DataSource wrap(DataSource target) {
        return proxy(DataSource.class, target, (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            return result instanceof Connection connection ? connection(connection) : result;
        });
    }

    private static Connection connection(Connection target) {
        return proxy(Connection.class, target, (proxy, method, args) -> {
            Object result = invoke(target, method, args);
            if (result instanceof Statement statement) {
                String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
                return statement(statement, sql);
            }
            return result;
        });
    }

    private static Statement statement(Statement target, String prepared) {
        Class<?> type = target instanceof java.sql.CallableStatement
                ? java.sql.CallableStatement.class
                : target instanceof java.sql.PreparedStatement ? java.sql.PreparedStatement.class : Statement.class;
        return (Statement) proxy(type, target, (proxy, method, args) -> {
            if (method.getName().startsWith("execute")) {
                List<String> counting = COUNTING.get();
                if (counting != null) {
                    counting.add(args != null && args.length > 0 && args[0] instanceof String sql ? sql : prepared);
                }
            }
            return invoke(target, method, args);
        });
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, Object target, InvocationHandler handler) {
        return (T) Proxy.newProxyInstance(StatementCount.class.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
            if (m.getName().equals("unwrap") && a.length == 1 && ((Class<?>) a[0]).isInstance(target)) {
                return target;
            }
            if (m.getName().equals("isWrapperFor") && a.length == 1 && ((Class<?>) a[0]).isInstance(target)) {
                return true;
            }
            return handler.invoke(p, m, a);
        });
    }

    private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
