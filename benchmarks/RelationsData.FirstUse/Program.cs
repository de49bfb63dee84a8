// Times one first use of the synthetic events once in this fresh process (benchmarks/million.sh runs it many times).
// Usage: RelationsData.FirstUse METHOD | --list
using RelationsData.ColdStart;
using RelationsData.FirstUse;

return ColdCall.Run(args, FirstUses.All);
