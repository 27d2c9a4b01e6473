using BenchmarkDotNet.Running;

// Every benchmark:     dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- --filter '*'
// One class of them:   dotnet run -c Release --project benchmarks/Corpus.Benchmarks -- --filter '*IncrementalEdit*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
