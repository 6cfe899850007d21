# Symbol names that are not plain identifiers: the FLE writer must quote
# them and read them back whole.
        .text
        .globl "name with spaces (and parens)"
        .type "name with spaces (and parens)", @function
"name with spaces (and parens)":
        movl $1, %eax
        ret
        .size "name with spaces (and parens)", .-"name with spaces (and parens)"
        .globl "has\"quote"
"has\"quote":
        call "name with spaces (and parens)"
        call "an undefined one, with a comma"
        ret
        .data
        .globl "percent%and,comma"
"percent%and,comma":
        .quad "name with spaces (and parens)"
        .quad "has\"quote"
