package io.crmkit.persistence.jpa;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Runs plain JDBC on the connection of an entity manager's running transaction, so bulk writes share its commit and
 * its rollback. Jakarta Persistence 3.1 has no standard way to reach that connection, so this asks the provider the
 * way each documents: Hibernate's {@code Session.doReturningWork} (called reflectively: Hibernate is no compile
 * dependency), then {@code unwrap(Connection.class)} (EclipseLink, OpenJPA). If neither works the caller falls back
 * to the entity manager.
 */
final class JdbcWork {

    /** JDBC work that returns a result. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    private static final String HIBERNATE_SESSION = "org.hibernate.Session";
    private static final String HIBERNATE_WORK = "org.hibernate.jdbc.ReturningWork";

    private JdbcWork() {
    }

    /**
     * Runs {@code work} on {@code em}'s connection after flushing what the entity manager holds, or returns empty if
     * the provider does not hand out its connection (nothing was run then). An {@link SQLException} is rethrown
     * inside a {@link PersistenceException}, as the provider reports failed statements.
     */
    static <T> Optional<T> call(EntityManager em, Work<T> work) {
        Optional<Class<?>> hibernate = hibernate(em);
        if (hibernate.isPresent()) {
            em.flush();
            return Optional.ofNullable(viaHibernate(em, hibernate.get(), work));
        }
        Connection connection;
        try {
            connection = em.unwrap(Connection.class);
        } catch (PersistenceException | UnsupportedOperationException | ClassCastException notSupported) {
            return Optional.empty();
        }
        if (connection == null) {
            return Optional.empty();
        }
        em.flush();
        try {
            return Optional.ofNullable(work.run(connection));
        } catch (SQLException e) {
            throw new PersistenceException(e.getMessage(), e);
        }
    }

    private static Optional<Class<?>> hibernate(EntityManager em) {
        for (ClassLoader loader : new ClassLoader[]{em.getClass().getClassLoader(), Thread.currentThread().getContextClassLoader()}) {
            try {
                Class<?> session = Class.forName(HIBERNATE_SESSION, false, loader);
                if (!session.isInstance(em) && !isDelegateHibernate(em, session)) {
                    continue;
                }
                return Optional.of(session);
            } catch (ClassNotFoundException | LinkageError notHibernate) {
                // try the next loader
            }
        }
        return Optional.empty();
    }

    private static boolean isDelegateHibernate(EntityManager em, Class<?> session) {
        try {
            return session.isInstance(em.unwrap(session));
        } catch (RuntimeException notOne) {
            return false;
        }
    }

    private static <T> T viaHibernate(EntityManager em, Class<?> sessionType, Work<T> work) {
        Class<?> workType;
        Method doReturningWork;
        try {
            workType = Class.forName(HIBERNATE_WORK, false, sessionType.getClassLoader());
            doReturningWork = sessionType.getMethod("doReturningWork", workType);
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            throw new IllegalStateException("Hibernate without Session.doReturningWork(ReturningWork)", e);
        }
        Object session = em.unwrap(sessionType);
        InvocationHandler handler = (proxy, method, args) -> switch (method.getName()) {
            case "execute" -> work.run((Connection) args[0]);
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> proxy == args[0];
            case "toString" -> "crmkit JDBC work";
            default -> throw new UnsupportedOperationException(method.getName());
        };
        Object hibernateWork = Proxy.newProxyInstance(workType.getClassLoader(), new Class<?>[]{workType}, handler);
        try {
            @SuppressWarnings("unchecked")
            T result = (T) doReturningWork.invoke(session, hibernateWork);
            return result;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new PersistenceException(String.valueOf(cause.getMessage()), cause);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot call " + doReturningWork, e);
        }
    }
}
