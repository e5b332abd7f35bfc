import SapaTestSupport
import Testing

@testable import SapaModel

/// A figure is parsed by a fast path where its digits allow, and by `Double`'s own parsing
/// otherwise: both must give the same value, to the last bit, for every figure.
@Suite struct NumberTextTests {
    /// A random figure as a sheet may hold it: a sign or not, up to 20 digits before and
    /// after the point, leading and trailing zeros.
    func figure(_ random: inout SeededRandom) -> String {
        let sign = ["", "", "-", "+"][random.below(4)]
        let whole = (0..<(1 + random.below(20))).map { _ in String(random.below(10)) }.joined()
        guard random.below(3) > 0 else { return sign + whole }
        let fraction = (0..<(1 + random.below(20))).map { _ in String(random.below(10)) }.joined()
        return sign + whole + "." + fraction
    }

    @Test func fastPathGivesDoublesOwnValue() {
        var random = SeededRandom(seed: 17)
        for _ in 0..<200_000 {
            let text = figure(&random)
            let expected = Double(text)!
            let parsed = NumberText.parse(text)
            #expect(parsed?.bitPattern == expected.bitPattern, "\(text)")
            if parsed?.bitPattern != expected.bitPattern { return }
        }
    }

    @Test func edgesOfTheFastPath() {
        for text in [
            "0", "-0", "+0", "0.0", "-0.0", "999999999999999", "9999999999999999", "0.1", "0.2", "0.3", "4.58", "75.1",
            "-0.19", "123456789012345", "1234567890123456", "0.0000000000000000000001", "1.0000000000000000000001",
            "9007199254740993", "0.1234567890123456789012",
        ] {
            #expect(NumberText.parse(text)?.bitPattern == Double(text)!.bitPattern, "\(text)")
        }
    }
}
