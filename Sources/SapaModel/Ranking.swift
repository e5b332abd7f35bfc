/// The report's arithmetic, as pure functions (report 2020, «Есептеу әдісі»).
public enum Ranking {
    /// Answers per score: `counts[0]` gave 1 … `counts[4]` gave 5.
    public struct AnswerCounts: Sendable, Hashable {
        public var counts: [Int]
        public init(_ n1: Int, _ n2: Int, _ n3: Int, _ n4: Int, _ n5: Int) { counts = [n1, n2, n3, n4, n5] }
        public var total: Int { counts.reduce(0, +) }

        /// Q = (1·n1 + 2·n2 + 3·n3 + 4·n4 + 5·n5) / N, over the N answers given.
        public var averageScore: Double? {
            guard total > 0 else { return nil }
            let weighted = counts.enumerated().reduce(0) { $0 + ($1.offset + 1) * $1.element }
            return Double(weighted) / Double(total)
        }

        /// The share of answers that are 5, in percent.
        public var satisfaction: Double? {
            guard total > 0 else { return nil }
            return Double(counts[4]) * 100 / Double(total)
        }
    }

    /// Ranks by score, highest first, on the unrounded scores. Equal scores share a rank
    /// and the next rank skips accordingly ("1, 2, 2, 4"); rows without a score get none.
    /// Returns for each input its rank and whether it is tied.
    public static func competitionRanks(_ scores: [Double?]) -> [(rank: Int, tied: Bool)?] {
        let order = scores.indices.filter { scores[$0] != nil }.sorted {
            let (a, b) = (scores[$0]!, scores[$1]!)
            return a != b ? a > b : $0 < $1
        }
        var result: [(rank: Int, tied: Bool)?] = Array(repeating: nil, count: scores.count)
        var position = 0
        while position < order.count {
            let score = scores[order[position]]!
            var end = position
            while end + 1 < order.count, scores[order[end + 1]]! == score { end += 1 }
            for index in order[position...end] { result[index] = (position + 1, end > position) }
            position = end + 1
        }
        return result
    }

    /// Checks ranks given by the data: they must start at 1 and follow each other, a repeated
    /// rank (a tie) being followed by the rank that skips the tied places. Returns the index
    /// of the first row that breaks this, with what was expected.
    public static func firstRankBreak(_ ranks: [Int]) -> (index: Int, expected: [Int])? {
        let sorted = ranks.enumerated().sorted { $0.element != $1.element ? $0.element < $1.element : $0.offset < $1.offset }
        var previous: Int?
        var tieCount = 0
        for (offset, rank) in sorted {
            if let previous, rank == previous {
                tieCount += 1
                continue
            }
            let allowed = previous.map { [$0 + 1, $0 + 1 + tieCount] } ?? [1]
            if !allowed.contains(rank) {
                return (offset, Array(Set(allowed)).sorted())
            }
            previous = rank
            tieCount = 0
        }
        return nil
    }
}
