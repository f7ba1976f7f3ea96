module github.com/compute-pi-go/compute-pi-go

go 1.24
