// Warp 1.19.0 cuda code for count_overlaps_d0e73d1c.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void count_overlaps_0dfc2cfb_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::float32 var_extent,
    wp::array_t<wp::float32> var_counts)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::float32 var_4 = 3.0;
        wp::float32 var_5;
        const wp::float32 var_6 = 0.01;
        wp::float32 var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        const wp::float32 var_11 = 0.1;
        wp::float32 var_12;
        const wp::float32 var_13 = 1.5;
        wp::float32 var_14;
        wp::vec_t<3, wp::float32> var_15;
        const bool var_16 = true;
        wp::transform_t<wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::mat_t<3, 3, wp::float32> var_20;
        wp::float32 var_21;
        //---------
        // forward
        // def count_overlaps(bvh: wp.uint64, centers: wp.array(dtype=wp.vec3), extent: float, counts: wp.array(dtype=float)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // c = centers[tid]                                                                       <L 7>
        var_1 = wp::address(var_centers, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // packed = wp.vec3(extent, float(3.0), float(0.01))                                      <L 8>
        var_5 = wp::float(var_4);
        var_7 = wp::float(var_6);
        var_8 = wp::vec_t<3, wp::float32>(var_extent, var_5, var_7);
        // unit = wp.normalize(packed - c)                                                        <L 9>
        var_9 = wp::sub(var_8, var_2);
        var_10 = wp::normalize(var_9);
        // packed_2 = wp.vec3(extent, float(0.1), float(1.5))                                     <L 10>
        var_12 = wp::float(var_11);
        var_14 = wp::float(var_13);
        var_15 = wp::vec_t<3, wp::float32>(var_extent, var_12, var_14);
        // frame = wp.matrix_from_rows(c, packed_2, wp.where(True, packed, wp.transform_vector(wp.transform_identity(), unit)))       <L 11>
        var_17 = wp::transform_identity<wp::float32>();
        var_18 = wp::transform_vector(var_17, var_10);
        var_19 = wp::where(var_16, var_8, var_18);
        var_20 = wp::matrix_from_rows<wp::float32>(var_2, var_15, var_19);
        // counts[tid] = wp.determinant(frame)                                                    <L 12>
        var_21 = wp::determinant(var_20);
        wp::array_store(var_counts, var_0, var_21);
}



extern "C" __global__ void count_overlaps_0dfc2cfb_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> var_centers,
    wp::float32 var_extent,
    wp::array_t<wp::float32> var_counts,
    wp::uint64 adj_bvh,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_centers,
    wp::float32 adj_extent,
    wp::array_t<wp::float32> adj_counts)
{
    wp::tile_shared_storage_t tile_mem;

    const size_t _idx = static_cast<size_t>(blockIdx.z * gridDim.y + blockIdx.y) * static_cast<size_t>(gridDim.x * blockDim.x) + static_cast<size_t>(blockIdx.x * blockDim.x + threadIdx.x);
    if (_idx >= dim.size) return;
            // reset shared memory allocator
    wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::vec_t<3, wp::float32>* var_1;
        wp::vec_t<3, wp::float32> var_2;
        wp::vec_t<3, wp::float32> var_3;
        const wp::float32 var_4 = 3.0;
        wp::float32 var_5;
        const wp::float32 var_6 = 0.01;
        wp::float32 var_7;
        wp::vec_t<3, wp::float32> var_8;
        wp::vec_t<3, wp::float32> var_9;
        wp::vec_t<3, wp::float32> var_10;
        const wp::float32 var_11 = 0.1;
        wp::float32 var_12;
        const wp::float32 var_13 = 1.5;
        wp::float32 var_14;
        wp::vec_t<3, wp::float32> var_15;
        const bool var_16 = true;
        wp::transform_t<wp::float32> var_17;
        wp::vec_t<3, wp::float32> var_18;
        wp::vec_t<3, wp::float32> var_19;
        wp::mat_t<3, 3, wp::float32> var_20;
        wp::float32 var_21;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::vec_t<3, wp::float32> adj_1 = {};
        wp::vec_t<3, wp::float32> adj_2 = {};
        wp::vec_t<3, wp::float32> adj_3 = {};
        wp::float32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::vec_t<3, wp::float32> adj_8 = {};
        wp::vec_t<3, wp::float32> adj_9 = {};
        wp::vec_t<3, wp::float32> adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::vec_t<3, wp::float32> adj_15 = {};
        bool adj_16 = {};
        wp::transform_t<wp::float32> adj_17 = {};
        wp::vec_t<3, wp::float32> adj_18 = {};
        wp::vec_t<3, wp::float32> adj_19 = {};
        wp::mat_t<3, 3, wp::float32> adj_20 = {};
        wp::float32 adj_21 = {};
        //---------
        // forward
        // def count_overlaps(bvh: wp.uint64, centers: wp.array(dtype=wp.vec3), extent: float, counts: wp.array(dtype=float)):       <L 5>
        // tid = wp.tid()                                                                         <L 6>
        var_0 = builtin_tid1d();
        // c = centers[tid]                                                                       <L 7>
        var_1 = wp::address(var_centers, var_0);
        var_3 = wp::load(var_1);
        var_2 = wp::copy(var_3);
        // packed = wp.vec3(extent, float(3.0), float(0.01))                                      <L 8>
        var_5 = wp::float(var_4);
        var_7 = wp::float(var_6);
        var_8 = wp::vec_t<3, wp::float32>(var_extent, var_5, var_7);
        // unit = wp.normalize(packed - c)                                                        <L 9>
        var_9 = wp::sub(var_8, var_2);
        var_10 = wp::normalize(var_9);
        // packed_2 = wp.vec3(extent, float(0.1), float(1.5))                                     <L 10>
        var_12 = wp::float(var_11);
        var_14 = wp::float(var_13);
        var_15 = wp::vec_t<3, wp::float32>(var_extent, var_12, var_14);
        // frame = wp.matrix_from_rows(c, packed_2, wp.where(True, packed, wp.transform_vector(wp.transform_identity(), unit)))       <L 11>
        var_17 = wp::transform_identity<wp::float32>();
        var_18 = wp::transform_vector(var_17, var_10);
        var_19 = wp::where(var_16, var_8, var_18);
        var_20 = wp::matrix_from_rows<wp::float32>(var_2, var_15, var_19);
        // counts[tid] = wp.determinant(frame)                                                    <L 12>
        var_21 = wp::determinant(var_20);
        // wp::array_store(var_counts, var_0, var_21);
        //---------
        // reverse
        wp::adj_array_store(var_counts, var_0, var_21, adj_counts, adj_0, adj_21);
        wp::adj_determinant(var_20, adj_20, adj_21);
        // adj: counts[tid] = wp.determinant(frame)                                               <L 12>
        wp::adj_matrix_from_rows(var_2, var_15, var_19, adj_2, adj_15, adj_19, adj_20);
        wp::adj_where(var_16, var_8, var_18, adj_16, adj_8, adj_18, adj_19);
        wp::adj_transform_vector(var_17, var_10, adj_17, adj_10, adj_18);
        // adj: frame = wp.matrix_from_rows(c, packed_2, wp.where(True, packed, wp.transform_vector(wp.transform_identity(), unit)))  <L 11>
        wp::adj_vec_t(var_extent, var_12, var_14, adj_extent, adj_12, adj_14, adj_15);
        wp::adj_float(var_13, adj_13, adj_14);
        wp::adj_float(var_11, adj_11, adj_12);
        // adj: packed_2 = wp.vec3(extent, float(0.1), float(1.5))                                <L 10>
        wp::adj_normalize(var_9, var_10, adj_9, adj_10);
        wp::adj_sub(var_8, var_2, adj_8, adj_2, adj_9);
        // adj: unit = wp.normalize(packed - c)                                                   <L 9>
        wp::adj_vec_t(var_extent, var_5, var_7, adj_extent, adj_5, adj_7, adj_8);
        wp::adj_float(var_6, adj_6, adj_7);
        wp::adj_float(var_4, adj_4, adj_5);
        // adj: packed = wp.vec3(extent, float(3.0), float(0.01))                                 <L 8>
        wp::adj_copy(var_3, adj_1, adj_2);
        wp::adj_address(var_centers, var_0, adj_centers, adj_0, adj_1);
        // adj: c = centers[tid]                                                                  <L 7>
        // adj: tid = wp.tid()                                                                    <L 6>
        // adj: def count_overlaps(bvh: wp.uint64, centers: wp.array(dtype=wp.vec3), extent: float, counts: wp.array(dtype=float)):  <L 5>
        return;
}

