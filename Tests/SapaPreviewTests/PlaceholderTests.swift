import Testing
import SapaPreview
@Test func placeholder() {}
