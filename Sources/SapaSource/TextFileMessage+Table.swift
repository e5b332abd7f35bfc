import SapaModel

/// The texts of `TextFileMessage`, in each language the tool speaks.
extension TextFileMessage {
    static let table = MessageTable(
        #"""
        tooLarge
        en: the file is %{size} bytes, more than the limit of %{limit} bytes set by `limits.max_file_bytes` in Content/site.yml; split it or raise the limit
        ru: размер файла — %{size} %{size|байт|байта|байт}, больше предела в %{limit} %{limit|байт|байта|байт}, заданного `limits.max_file_bytes` в Content/site.yml; разделите файл или поднимите предел
        kk: файлдың өлшемі — %{size} байт, бұл Content/site.yml ішіндегі `limits.max_file_bytes` белгілеген %{limit} байт шегінен көп; файлды бөліңіз немесе шекті көтеріңіз

        tooLargeUnmeasured
        en: the file is larger than that, more than the limit of %{limit} bytes set by `limits.max_file_bytes` in Content/site.yml; split it or raise the limit
        ru: файл больше предела в %{limit} %{limit|байт|байта|байт}, заданного `limits.max_file_bytes` в Content/site.yml; разделите файл или поднимите предел
        kk: файл Content/site.yml ішіндегі `limits.max_file_bytes` белгілеген %{limit} байт шегінен үлкен; файлды бөліңіз немесе шекті көтеріңіз

        unreadable
        en: cannot read the file; check that it exists and is readable
        ru: не удаётся прочитать файл; проверьте, что он существует и доступен для чтения
        kk: файлды оқу мүмкін емес; оның бар екенін және оқуға болатынын тексеріңіз

        utf16
        en: the file is UTF-16 text, not UTF-8; %{fix}
        ru: файл в кодировке UTF-16, а не UTF-8; %{fix}
        kk: файл UTF-8 емес, UTF-16 кодтауында; %{fix}

        notUTF8
        en: the file is not UTF-8 text (byte 0x%{byte} here); %{fix}
        ru: файл не в кодировке UTF-8 (здесь байт 0x%{byte}); %{fix}
        kk: файл UTF-8 кодтауында емес (мұнда 0x%{byte} байты); %{fix}

        nulByte
        en: the file contains a NUL byte; it is not a text file, remove it or save the file again as UTF-8 text
        ru: в файле есть байт NUL; это не текстовый файл: удалите этот байт или заново сохраните файл как текст UTF-8
        kk: файлда NUL байты бар; бұл мәтіндік файл емес: ол байтты өшіріңіз немесе файлды UTF-8 мәтіні ретінде қайта сақтаңыз

        saveAsCSVUTF8
        en: save it as "CSV UTF-8" (Excel: File › Save As › CSV UTF-8)
        ru: сохраните его как «CSV UTF-8» (Excel: Файл › Сохранить как › CSV UTF-8)
        kk: оны «CSV UTF-8» түрінде сақтаңыз (Excel: Файл › Басқаша сақтау › CSV UTF-8)

        saveAsUTF8
        en: save it as UTF-8 in your editor
        ru: сохраните его в редакторе в кодировке UTF-8
        kk: оны редакторда UTF-8 кодтауында сақтаңыз
        """#)
}
