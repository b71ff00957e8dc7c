// Warp 1.19.0 cuda code for draw_random_bits_70be164a.py; preceded by preamble_cuda_93b22071978ccd96.cuh


extern "C" __global__ void scatter_on_mesh_978aaf9b_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh_id,
    wp::array_t<wp::int32> var_face_ids,
    wp::int32 var_seed,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_face_normals)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::uint32 var_1;
        wp::int32* var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::float32 var_8 = 1.0;
        bool var_9;
        const wp::float32 var_10 = 1.0;
        wp::float32 var_11;
        const wp::float32 var_12 = 1.0;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        //---------
        // forward
        // def scatter_on_mesh(                                                                   <L 13>
        // tid = wp.tid()                                                                         <L 21>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(seed, tid)                                                          <L 22>
        var_1 = wp::rand_init(var_seed, var_0);
        // tri = face_ids[tid]                                                                    <L 25>
        var_2 = wp::address(var_face_ids, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // ru = wp.randf(rng)                                                                     <L 26>
        var_5 = wp::randf(var_1);
        // rv = wp.randf(rng)                                                                     <L 27>
        var_6 = wp::randf(var_1);
        // if ru + rv > 1.0:                                                                      <L 29>
        var_7 = wp::add(var_5, var_6);
        var_9 = (var_7 > var_8);
        if (var_9) {
            // ru = 1.0 - ru                                                                      <L 30>
            var_11 = wp::sub(var_10, var_5);
            // rv = 1.0 - rv                                                                      <L 31>
            var_13 = wp::sub(var_12, var_6);
        }
        var_14 = wp::where(var_9, var_11, var_5);
        var_15 = wp::where(var_9, var_13, var_6);
        // pos = wp.mesh_eval_position(mesh_id, tri, ru, rv)                                      <L 32>
        var_16 = wp::mesh_eval_position(var_mesh_id, var_3, var_14, var_15);
        // positions[tid] = pos                                                                   <L 33>
        wp::array_store(var_positions, var_0, var_16);
        // face_normals[tid] = wp.mesh_eval_face_normal(mesh_id, tri)                             <L 34>
        var_17 = wp::mesh_eval_face_normal(var_mesh_id, var_3);
        wp::array_store(var_face_normals, var_0, var_17);
    }
}



extern "C" __global__ void scatter_on_mesh_978aaf9b_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::uint64 var_mesh_id,
    wp::array_t<wp::int32> var_face_ids,
    wp::int32 var_seed,
    wp::array_t<wp::vec_t<3, wp::float32>> var_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> var_face_normals,
    wp::uint64 adj_mesh_id,
    wp::array_t<wp::int32> adj_face_ids,
    wp::int32 adj_seed,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_positions,
    wp::array_t<wp::vec_t<3, wp::float32>> adj_face_normals)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::uint32 var_1;
        wp::int32* var_2;
        wp::int32 var_3;
        wp::int32 var_4;
        wp::float32 var_5;
        wp::float32 var_6;
        wp::float32 var_7;
        const wp::float32 var_8 = 1.0;
        bool var_9;
        const wp::float32 var_10 = 1.0;
        wp::float32 var_11;
        const wp::float32 var_12 = 1.0;
        wp::float32 var_13;
        wp::float32 var_14;
        wp::float32 var_15;
        wp::vec_t<3, wp::float32> var_16;
        wp::vec_t<3, wp::float32> var_17;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::int32 adj_2 = {};
        wp::int32 adj_3 = {};
        wp::int32 adj_4 = {};
        wp::float32 adj_5 = {};
        wp::float32 adj_6 = {};
        wp::float32 adj_7 = {};
        wp::float32 adj_8 = {};
        bool adj_9 = {};
        wp::float32 adj_10 = {};
        wp::float32 adj_11 = {};
        wp::float32 adj_12 = {};
        wp::float32 adj_13 = {};
        wp::float32 adj_14 = {};
        wp::float32 adj_15 = {};
        wp::vec_t<3, wp::float32> adj_16 = {};
        wp::vec_t<3, wp::float32> adj_17 = {};
        //---------
        // forward
        // def scatter_on_mesh(                                                                   <L 13>
        // tid = wp.tid()                                                                         <L 21>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(seed, tid)                                                          <L 22>
        var_1 = wp::rand_init(var_seed, var_0);
        // tri = face_ids[tid]                                                                    <L 25>
        var_2 = wp::address(var_face_ids, var_0);
        var_4 = wp::load(var_2);
        var_3 = wp::copy(var_4);
        // ru = wp.randf(rng)                                                                     <L 26>
        var_5 = wp::randf(var_1);
        // rv = wp.randf(rng)                                                                     <L 27>
        var_6 = wp::randf(var_1);
        // if ru + rv > 1.0:                                                                      <L 29>
        var_7 = wp::add(var_5, var_6);
        var_9 = (var_7 > var_8);
        if (var_9) {
            // ru = 1.0 - ru                                                                      <L 30>
            var_11 = wp::sub(var_10, var_5);
            // rv = 1.0 - rv                                                                      <L 31>
            var_13 = wp::sub(var_12, var_6);
        }
        var_14 = wp::where(var_9, var_11, var_5);
        var_15 = wp::where(var_9, var_13, var_6);
        // pos = wp.mesh_eval_position(mesh_id, tri, ru, rv)                                      <L 32>
        var_16 = wp::mesh_eval_position(var_mesh_id, var_3, var_14, var_15);
        // positions[tid] = pos                                                                   <L 33>
        // wp::array_store(var_positions, var_0, var_16);
        // face_normals[tid] = wp.mesh_eval_face_normal(mesh_id, tri)                             <L 34>
        var_17 = wp::mesh_eval_face_normal(var_mesh_id, var_3);
        // wp::array_store(var_face_normals, var_0, var_17);
        //---------
        // reverse
        wp::adj_array_store(var_face_normals, var_0, var_17, adj_face_normals, adj_0, adj_17);
        // adj: face_normals[tid] = wp.mesh_eval_face_normal(mesh_id, tri)                        <L 34>
        wp::adj_array_store(var_positions, var_0, var_16, adj_positions, adj_0, adj_16);
        // adj: positions[tid] = pos                                                              <L 33>
        wp::adj_mesh_eval_position(var_mesh_id, var_3, var_14, var_15, adj_mesh_id, adj_3, adj_14, adj_15, adj_16);
        // adj: pos = wp.mesh_eval_position(mesh_id, tri, ru, rv)                                 <L 32>
        wp::adj_where(var_9, var_13, var_6, adj_9, adj_13, adj_6, adj_15);
        wp::adj_where(var_9, var_11, var_5, adj_9, adj_11, adj_5, adj_14);
        if (var_9) {
            wp::adj_sub(var_12, var_6, adj_12, adj_6, adj_13);
            // adj: rv = 1.0 - rv                                                                 <L 31>
            wp::adj_sub(var_10, var_5, adj_10, adj_5, adj_11);
            // adj: ru = 1.0 - ru                                                                 <L 30>
        }
        wp::adj_add(var_5, var_6, adj_5, adj_6, adj_7);
        // adj: if ru + rv > 1.0:                                                                 <L 29>
        // adj: rv = wp.randf(rng)                                                                <L 27>
        // adj: ru = wp.randf(rng)                                                                <L 26>
        wp::adj_copy(var_4, adj_2, adj_3);
        wp::adj_address(var_face_ids, var_0, adj_face_ids, adj_0, adj_2);
        // adj: tri = face_ids[tid]                                                               <L 25>
        // adj: rng = wp.rand_init(seed, tid)                                                     <L 22>
        // adj: tid = wp.tid()                                                                    <L 21>
        // adj: def scatter_on_mesh(                                                              <L 13>
        continue;
    }
}



extern "C" __global__ void draw_random_bits_bfb4a7fd_cuda_kernel_forward(
    wp::launch_bounds_t<1> dim,
    wp::int32 var_seed,
    wp::array_t<wp::int32> var_seeds_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::uint32 var_1;
        wp::uint32 var_2;
        wp::shape_t* var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::shape_t var_6;
        wp::uint32 var_7;
        wp::uint32 var_8;
        wp::int32 var_9;
        //---------
        // forward
        // def draw_random_bits(seed: wp.int32, seeds_out: wp.array[wp.int32]):                   <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(seed, tid)                                                          <L 8>
        var_1 = wp::rand_init(var_seed, var_0);
        // seeds_out[tid] = int(wp.randu(rng) % wp.uint32(seeds_out.shape[0]))                    <L 9>
        var_2 = wp::randu(var_1);
        var_3 = &(var_seeds_out.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        var_7 = wp::uint32(var_5);
        var_8 = wp::mod(var_2, var_7);
        var_9 = wp::int(var_8);
        wp::array_store(var_seeds_out, var_0, var_9);
    }
}



extern "C" __global__ void draw_random_bits_bfb4a7fd_cuda_kernel_backward(
    wp::launch_bounds_t<1> dim,
    wp::int32 var_seed,
    wp::array_t<wp::int32> var_seeds_out,
    wp::int32 adj_seed,
    wp::array_t<wp::int32> adj_seeds_out)
{
    wp::tile_shared_storage_t tile_mem;

    for (size_t _idx = static_cast<size_t>(blockDim.x) * static_cast<size_t>(blockIdx.x) + static_cast<size_t>(threadIdx.x);
         _idx < dim.size;
         _idx += static_cast<size_t>(blockDim.x) * static_cast<size_t>(gridDim.x))
    {
            // reset shared memory allocator
        wp::tile_shared_storage_t::init();

        //---------
        // primal vars
        wp::int32 var_0;
        wp::uint32 var_1;
        wp::uint32 var_2;
        wp::shape_t* var_3;
        const wp::int32 var_4 = 0;
        wp::int32 var_5;
        wp::shape_t var_6;
        wp::uint32 var_7;
        wp::uint32 var_8;
        wp::int32 var_9;
        //---------
        // dual vars
        wp::int32 adj_0 = {};
        wp::uint32 adj_1 = {};
        wp::uint32 adj_2 = {};
        wp::shape_t adj_3 = {};
        wp::int32 adj_4 = {};
        wp::int32 adj_5 = {};
        wp::shape_t adj_6 = {};
        wp::uint32 adj_7 = {};
        wp::uint32 adj_8 = {};
        wp::int32 adj_9 = {};
        //---------
        // forward
        // def draw_random_bits(seed: wp.int32, seeds_out: wp.array[wp.int32]):                   <L 5>
        // tid = wp.tid()                                                                         <L 7>
        var_0 = builtin_tid1d();
        // rng = wp.rand_init(seed, tid)                                                          <L 8>
        var_1 = wp::rand_init(var_seed, var_0);
        // seeds_out[tid] = int(wp.randu(rng) % wp.uint32(seeds_out.shape[0]))                    <L 9>
        var_2 = wp::randu(var_1);
        var_3 = &(var_seeds_out.shape);
        var_6 = wp::load(var_3);
        var_5 = wp::extract(var_6, var_4);
        var_7 = wp::uint32(var_5);
        var_8 = wp::mod(var_2, var_7);
        var_9 = wp::int(var_8);
        // wp::array_store(var_seeds_out, var_0, var_9);
        //---------
        // reverse
        wp::adj_array_store(var_seeds_out, var_0, var_9, adj_seeds_out, adj_0, adj_9);
        wp::adj_mod(var_2, var_7, adj_2, adj_7, adj_8);
        adj_seeds_out.shape = adj_3;
        // adj: seeds_out[tid] = int(wp.randu(rng) % wp.uint32(seeds_out.shape[0]))               <L 9>
        // adj: rng = wp.rand_init(seed, tid)                                                     <L 8>
        // adj: tid = wp.tid()                                                                    <L 7>
        // adj: def draw_random_bits(seed: wp.int32, seeds_out: wp.array[wp.int32]):              <L 5>
        continue;
    }
}

