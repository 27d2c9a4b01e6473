using BenchmarkDotNet.Running;
using Corpus.Benchmarks;

// Every benchmark:     dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- --filter '*'
// One class of them:   dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- --filter '*IncrementalEdit*'
// Building consumers:  dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- build-scaling [--repeat N] [megabytes…]
//   (whole builds of seconds to minutes each, timed once: not a BenchmarkDotNet job)
if (args is ["build-scaling", .. var megabytes])
{
    return BuildScaling.Run(megabytes);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
