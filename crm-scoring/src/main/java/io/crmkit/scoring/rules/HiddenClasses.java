package io.crmkit.scoring.rules;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.lang.invoke.MethodHandles;

/**
 * What the rule compilers ({@link FitCompiler}, {@link EngagementCompiler}) share: a class writer for a generated
 * subclass in this package, and defining and instantiating it as a hidden class, unloaded with the scorer that holds it.
 */
final class HiddenClasses {

    private HiddenClasses() {
    }

    /**
     * A writer for a final class {@code name} extending {@code superclass}, whose one constructor takes {@code
     * parameter} (or nothing when it is null) and passes it to the superclass's.
     */
    static ClassWriter writer(String name, Class<?> superclass, Class<?> parameter) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES | ClassWriter.COMPUTE_MAXS) {
            @Override
            protected String getCommonSuperClass(String type1, String type2) {
                return "java/lang/Object"; // locals are reloaded and cast after every merge
            }
        };
        String superName = Type.getInternalName(superclass);
        cw.visit(Opcodes.V17, Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, name, null, superName, null);
        String descriptor = parameter == null ? "()V" : "(" + Type.getDescriptor(parameter) + ")V";
        MethodVisitor init = cw.visitMethod(0, "<init>", descriptor, null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        if (parameter != null) {
            init.visitVarInsn(Opcodes.ALOAD, 1);
        }
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, superName, "<init>", descriptor, false);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        return cw;
    }

    /**
     * Defines {@code bytes} (written with {@link #writer}) as a hidden class and creates its instance with
     * {@code argument} (none when {@code parameter} is null). Reflection rather than a method handle: it avoids
     * spinning method-handle forms on a JVM's first compile.
     */
    static <T> T instantiate(byte[] bytes, Class<T> type, Class<?> parameter, Object argument, String what) {
        try {
            Class<?> compiled = MethodHandles.lookup().defineHiddenClass(bytes, true).lookupClass();
            Object instance = parameter == null ? compiled.getDeclaredConstructor().newInstance()
                    : compiled.getDeclaredConstructor(parameter).newInstance(argument);
            return type.cast(instance);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("could not define the compiled " + what, e);
        }
    }
}
