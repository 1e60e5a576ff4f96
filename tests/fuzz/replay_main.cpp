// Replays fuzz inputs without libFuzzer: each argument is a file or a folder of files, each file one input
// to LLVMFuzzerTestOneInput (fuzz_domain.cpp). A crash or a broken invariant aborts, so the CTest test fails.
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput( const std::uint8_t *data, std::size_t size );

namespace
{
int replay( const std::filesystem::path &file )
{
  std::ifstream in( file, std::ios::binary );
  const std::vector<std::uint8_t> bytes( ( std::istreambuf_iterator<char>( in ) ), std::istreambuf_iterator<char>() );
  std::fprintf( stderr, "replay %s (%zu bytes)\n", file.c_str(), bytes.size() );
  LLVMFuzzerTestOneInput( bytes.data(), bytes.size() );
  return 1;
}
} // namespace

int main( int argc, char **argv )
{
  int count = 0;
  for ( int i = 1; i < argc; ++i )
  {
    const std::filesystem::path path( argv[i] );
    if ( std::filesystem::is_directory( path ) )
    {
      for ( const auto &entry : std::filesystem::directory_iterator( path ) )
        if ( entry.is_regular_file() && entry.path().filename().string().front() != '.' &&
             entry.path().extension() != ".md" )
          count += replay( entry.path() );
    }
    else if ( std::filesystem::exists( path ) )
      count += replay( path );
    else
    {
      std::fprintf( stderr, "no such input: %s\n", argv[i] );
      return 2;
    }
  }
  std::printf( "%d input(s) replayed without a crash\n", count );
  return 0;
}
