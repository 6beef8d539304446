namespace Podium.Bench.Corpus;
internal static class HugoContentWriter { public static void Write(CorpusPlan plan, string directory) { } }
