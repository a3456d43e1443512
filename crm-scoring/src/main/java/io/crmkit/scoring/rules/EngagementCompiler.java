package io.crmkit.scoring.rules;

import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

import java.util.List;
import java.util.Optional;

/**
 * Compiles a rule set's engagement rules to bytecode, as {@link FitCompiler} does its fit rules: one hidden class per
 * rule set whose {@link EngagementProgram#engagement} walks the events once, switches on the event type and runs
 * that type's rules as straight-line code, with windows, frequency caps and points inlined, per-rule counts and
 * per-group sums in local variables (nothing to clear or allocate per lead), and group caps applied at the end.
 * Decay is inlined too, as the same arithmetic in the same order as {@link Decay#factor}, so decayed points are the
 * interpreter's to the bit. Rule sets whose code would be too large for a method the JIT compiles are not compiled
 * (the interpreter scores them).
 */
final class EngagementCompiler {

    /** The engagement rules as generated code: the engagement score before the engagement cap, in centipoints. */
    abstract static class EngagementProgram {

        /**
         * The summed points of the events {@code from..to} (newest first) as of {@code now}, group caps applied: one
         * {@link Engagement}'s arrays, or one lead's slice of a {@link LeadBatch}.
         */
        abstract long engagement(int[] typeIds, long[] epochSeconds, int from, int to, long now);
    }

    /** Below HotSpot's 8,000-byte limit for JIT-compiled methods. */
    private static final int METHOD_BUDGET = 7_000;

    private static final String PROGRAM = Type.getInternalName(EngagementProgram.class);
    private static final String NAME = PROGRAM.substring(0, PROGRAM.lastIndexOf('/') + 1) + "CompiledEngagement";

    // locals: this, typeIds, epochSeconds, from (the walk's index from then on), to, now (long), then ours
    private static final int TYPES = 1;
    private static final int TIMES = 2;
    private static final int E = 3;
    private static final int N = 4;
    private static final int NOW = 5;
    private static final int AGE = 7; // long: 7-8
    private static final int FIRST_SUM = 9; // longs: the ungrouped sum, then one per capped group, then int counts

    private EngagementCompiler() {
    }

    /**
     * The program for the rules, or empty if it would be too large. {@code bucketOf} gives each rule's capped group
     * (an index into {@code groupCaps}) or {@code groupCaps.length} for none; caps and points are in centipoints.
     */
    static Optional<EngagementProgram> compile(List<EngagementRule> rules, int[][] rulesByType, long[] points,
                                               long[] windowSeconds, int[] frequencyCaps, Decay[] decays, int[] bucketOf,
                                               long[] groupCaps) {
        int typeCount = 0;
        for (int[] byType : rulesByType) {
            typeCount += byType == null ? 0 : 1;
        }
        if (60 * rules.size() + 20 * typeCount + 40 * groupCaps.length + 200 > METHOD_BUDGET) {
            return Optional.empty();
        }
        byte[] bytes = generate(rulesByType, points, windowSeconds, frequencyCaps, decays, bucketOf, groupCaps);
        return Optional.of(HiddenClasses.instantiate(bytes, EngagementProgram.class, null, null, "engagement rules"));
    }

    private static byte[] generate(int[][] rulesByType, long[] points, long[] windowSeconds, int[] frequencyCaps,
                                   Decay[] decays, int[] bucketOf, long[] groupCaps) {
        ClassWriter cw = HiddenClasses.writer(NAME, EngagementProgram.class, null);

        int groups = groupCaps.length;
        int firstCount = FIRST_SUM + 2 * (groups + 1);
        MethodVisitor m = cw.visitMethod(0, "engagement", "([I[JIIJ)J", null, null);
        m.visitCode();
        for (int b = 0; b <= groups; b++) {
            m.visitInsn(Opcodes.LCONST_0);
            m.visitVarInsn(Opcodes.LSTORE, FIRST_SUM + 2 * b);
        }
        for (int r = 0; r < points.length; r++) {
            if (frequencyCaps[r] != Integer.MAX_VALUE) {
                m.visitInsn(Opcodes.ICONST_0);
                m.visitVarInsn(Opcodes.ISTORE, firstCount + r);
            }
        }

        Label loop = new Label();
        Label next = new Label();
        Label done = new Label();
        m.visitLabel(loop);
        m.visitVarInsn(Opcodes.ILOAD, E);
        m.visitVarInsn(Opcodes.ILOAD, N);
        m.visitJumpInsn(Opcodes.IF_ICMPGE, done);
        // age = now - epochSeconds[e]; if (age < 0) next
        m.visitVarInsn(Opcodes.LLOAD, NOW);
        m.visitVarInsn(Opcodes.ALOAD, TIMES);
        m.visitVarInsn(Opcodes.ILOAD, E);
        m.visitInsn(Opcodes.LALOAD);
        m.visitInsn(Opcodes.LSUB);
        m.visitInsn(Opcodes.DUP2);
        m.visitVarInsn(Opcodes.LSTORE, AGE);
        m.visitInsn(Opcodes.LCONST_0);
        m.visitInsn(Opcodes.LCMP);
        m.visitJumpInsn(Opcodes.IFLT, next);

        int[] keys = java.util.stream.IntStream.range(0, rulesByType.length).filter(t -> rulesByType[t] != null).toArray();
        Label[] cases = new Label[keys.length];
        for (int k = 0; k < keys.length; k++) {
            cases[k] = new Label();
        }
        m.visitVarInsn(Opcodes.ALOAD, TYPES);
        m.visitVarInsn(Opcodes.ILOAD, E);
        m.visitInsn(Opcodes.IALOAD);
        if (keys.length == 0) {
            m.visitInsn(Opcodes.POP);
        } else if (keys[keys.length - 1] - keys[0] < 3 * keys.length + 8) {
            Label[] table = new Label[keys[keys.length - 1] - keys[0] + 1];
            java.util.Arrays.fill(table, next);
            for (int k = 0; k < keys.length; k++) {
                table[keys[k] - keys[0]] = cases[k];
            }
            m.visitTableSwitchInsn(keys[0], keys[keys.length - 1], next, table);
        } else {
            m.visitLookupSwitchInsn(next, keys, cases);
        }
        for (int k = 0; k < keys.length; k++) {
            m.visitLabel(cases[k]);
            for (int r : rulesByType[keys[k]]) {
                emitRule(m, points[r], windowSeconds[r], frequencyCaps[r], decays[r],
                        FIRST_SUM + 2 * (bucketOf[r] == groups ? 0 : bucketOf[r] + 1), firstCount + r);
            }
            m.visitJumpInsn(Opcodes.GOTO, next);
        }
        m.visitLabel(next);
        m.visitIincInsn(E, 1);
        m.visitJumpInsn(Opcodes.GOTO, loop);

        // ungrouped + min(group, cap) for each capped group
        m.visitLabel(done);
        m.visitVarInsn(Opcodes.LLOAD, FIRST_SUM);
        for (int g = 0; g < groups; g++) {
            m.visitVarInsn(Opcodes.LLOAD, FIRST_SUM + 2 * (g + 1));
            m.visitLdcInsn(groupCaps[g]);
            m.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Math", "min", "(JJ)J", false);
            m.visitInsn(Opcodes.LADD);
        }
        m.visitInsn(Opcodes.LRETURN);
        m.visitMaxs(0, 0);
        m.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /** if (age <= window && count < cap) { count++; sum += decay == null ? points : round(points * decay.factor(age)); } */
    private static void emitRule(MethodVisitor m, long points, long window, int cap, Decay decay, int sum, int count) {
        Label skip = new Label();
        if (window != Long.MAX_VALUE) {
            m.visitVarInsn(Opcodes.LLOAD, AGE);
            m.visitLdcInsn(window);
            m.visitInsn(Opcodes.LCMP);
            m.visitJumpInsn(Opcodes.IFGT, skip);
        }
        if (cap != Integer.MAX_VALUE) {
            m.visitVarInsn(Opcodes.ILOAD, count);
            m.visitLdcInsn(cap);
            m.visitJumpInsn(Opcodes.IF_ICMPGE, skip);
            m.visitIincInsn(count, 1);
        }
        m.visitVarInsn(Opcodes.LLOAD, sum);
        if (decay != null) {
            m.visitLdcInsn((double) points);
            emitFactor(m, decay);
            m.visitInsn(Opcodes.DMUL);
            m.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Math", "round", "(D)J", false);
        } else {
            m.visitLdcInsn(points);
        }
        m.visitInsn(Opcodes.LADD);
        m.visitVarInsn(Opcodes.LSTORE, sum);
        m.visitLabel(skip);
    }

    /**
     * Pushes {@code decay.factor(age)} for an age of at least zero, computed as {@link Decay} computes it, operation
     * for operation (at age 0 both forms give exactly 1).
     */
    private static void emitFactor(MethodVisitor m, Decay decay) {
        if (decay instanceof Decay.HalfLife h) { // Math.pow(0.5, (double) age / seconds)
            m.visitLdcInsn(0.5);
            m.visitVarInsn(Opcodes.LLOAD, AGE);
            m.visitInsn(Opcodes.L2D);
            m.visitLdcInsn((double) h.period().toSeconds());
            m.visitInsn(Opcodes.DDIV);
            m.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Math", "pow", "(DD)D", false);
        } else {
            Decay.Linear l = (Decay.Linear) decay; // Math.max(0, 1 - fraction * age / seconds)
            m.visitInsn(Opcodes.DCONST_0);
            m.visitInsn(Opcodes.DCONST_1);
            m.visitLdcInsn(l.fractionPerPeriod());
            m.visitVarInsn(Opcodes.LLOAD, AGE);
            m.visitInsn(Opcodes.L2D);
            m.visitInsn(Opcodes.DMUL);
            m.visitLdcInsn((double) l.period().toSeconds());
            m.visitInsn(Opcodes.DDIV);
            m.visitInsn(Opcodes.DSUB);
            m.visitMethodInsn(Opcodes.INVOKESTATIC, "java/lang/Math", "max", "(DD)D", false);
        }
    }
}
