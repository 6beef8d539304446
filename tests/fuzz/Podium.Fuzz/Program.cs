using System.Text;
using Podium.Fuzz;
using SharpFuzz;

// podium-fuzz <target>          run under afl-fuzz (SharpFuzz's forkserver, out of process)
// podium-fuzz <target> <file>…  run the files once, in process (reproduce a crash; check a corpus)
if (args.Length == 0 || FuzzTargets.Find(args[0]) is not { } target)
{
    Console.Error.WriteLine($"usage: Podium.Fuzz <{string.Join('|', FuzzTargets.Names)}> [input files]");
    return 2;
}
if (args.Length > 1)
{
    foreach (var file in args[1..])
    {
        target(Encoding.UTF8.GetString(File.ReadAllBytes(file)));
    }
    return 0;
}
// Out of process: a stack overflow or an out-of-memory in the code under test is reported as a
// crash with its input instead of ending the fuzzer.
Fuzzer.OutOfProcess.Run(stream =>
{
    using var reader = new StreamReader(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false));
    target(reader.ReadToEnd());
});
return 0;
