// Warp 1.19.0 cpu code for integrate_occupancy_c0f36184.py; preceded by preamble_cpu_52e74b4ad7e2e9a6.h
struct wp_args_integrate_occupancy_f9979c23 {
    wp::int32 seed;
    wp::int32 num_samples;
    wp::transform_t<wp::float32> collider_pose;
    wp::vec_t<3, wp::float32> ground_normal;
    wp::float32 ground_height;
    wp::array_t<wp::float32> result;
    wp::array_t<wp::vec_t<3, wp::float32>> moment_out;
};


template <bool wp_linear_contiguous>
static void integrate_occupancy_f9979c23_cpu_kernel_forward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_occupancy_f9979c23 *_wp_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::int32 var_num_samples = _wp_args->num_samples;
    wp::transform_t<wp::float32> var_collider_pose = _wp_args->collider_pose;
    wp::vec_t<3, wp::float32> var_ground_normal = _wp_args->ground_normal;
    wp::float32 var_ground_height = _wp_args->ground_height;
    wp::array_t<wp::float32> var_result = _wp_args->result;
    wp::array_t<wp::vec_t<3, wp::float32>> var_moment_out = _wp_args->moment_out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    const wp::float32 var_3 = 0.0;
    wp::vec_t<3, wp::float32> var_4;
    wp::range_t var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::uint32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.0;
    bool var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::int32 var_19;
    wp::vec_t<3, wp::float32> var_20;
    const wp::float32 var_21 = 8.0;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = 0;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::int32 var_30 = 0;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    //---------
    // forward
    // def integrate_occupancy(                                                               <L 5>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // inside = int(0)                                                                        <L 15>
    var_2 = wp::int(var_1);
    // centroid = wp.vec3(0.0)                                                                <L 16>
    var_4 = wp::vec_t<3, wp::float32>(var_3);
    // for s in range(num_samples):                                                           <L 17>
    var_5 = wp::range(var_num_samples);
    start_for_0:;
        if (iter_cmp(var_5) == 0) goto end_for_0;
        var_6 = wp::iter_next(var_5);
        // rng = wp.rand_init(seed, tid * num_samples + s)                                    <L 19>
        var_7 = wp::mul(var_0, var_num_samples);
        var_8 = wp::add(var_7, var_6);
        var_9 = wp::rand_init(var_seed, var_8);
        // p_local = wp.sample_unit_cube(rng)                                                 <L 20>
        var_10 = wp::sample_unit_cube(var_9);
        // p = wp.transform_point(collider_pose, p_local)                                     <L 22>
        var_11 = wp::transform_point(var_collider_pose, var_10);
        // if (wp.dot(p, ground_normal) - ground_height) < 0.0:                               <L 23>
        var_12 = wp::dot(var_11, var_ground_normal);
        var_13 = wp::sub(var_12, var_ground_height);
        var_15 = (var_13 < var_14);
        if (var_15) {
            // inside += 1                                                                    <L 24>
            var_17 = wp::add(var_2, var_16);
            // centroid += p                                                                  <L 25>
            var_18 = wp::add(var_4, var_11);
        }
        var_19 = wp::where(var_15, var_17, var_2);
        var_20 = wp::where(var_15, var_18, var_4);
        wp::assign(var_2, var_19);
        wp::assign(var_4, var_20);
        goto start_for_0;
    end_for_0:;
    // scale = 8.0 / float(wp.max(num_samples, 1))                                            <L 27>
    var_23 = wp::max(var_num_samples, var_22);
    var_24 = wp::float(var_23);
    var_25 = wp::div(var_21, var_24);
    // wp.atomic_add(result, 0, scale * float(inside))                                        <L 28>
    var_27 = wp::float(var_2);
    var_28 = wp::mul(var_25, var_27);
    var_29 = wp::atomic_add(var_result, var_26, var_28);
    // wp.atomic_add(moment_out, 0, centroid * scale)                                         <L 29>
    var_31 = wp::mul(var_4, var_25);
    var_32 = wp::atomic_add(var_moment_out, var_30, var_31);
}



template <bool wp_linear_contiguous>
static void integrate_occupancy_f9979c23_cpu_kernel_backward(
    wp::launch_bounds_t<1> dim,
    size_t task_index,
    wp_args_integrate_occupancy_f9979c23 *_wp_args,
    wp_args_integrate_occupancy_f9979c23 *_wp_adj_args)
{
    static constexpr bool wp_linear_tid = wp_linear_contiguous;

    //---------
    // argument vars
    wp::int32 var_seed = _wp_args->seed;
    wp::int32 var_num_samples = _wp_args->num_samples;
    wp::transform_t<wp::float32> var_collider_pose = _wp_args->collider_pose;
    wp::vec_t<3, wp::float32> var_ground_normal = _wp_args->ground_normal;
    wp::float32 var_ground_height = _wp_args->ground_height;
    wp::array_t<wp::float32> var_result = _wp_args->result;
    wp::array_t<wp::vec_t<3, wp::float32>> var_moment_out = _wp_args->moment_out;
    wp::int32 adj_seed = _wp_adj_args->seed;
    wp::int32 adj_num_samples = _wp_adj_args->num_samples;
    wp::transform_t<wp::float32> adj_collider_pose = _wp_adj_args->collider_pose;
    wp::vec_t<3, wp::float32> adj_ground_normal = _wp_adj_args->ground_normal;
    wp::float32 adj_ground_height = _wp_adj_args->ground_height;
    wp::array_t<wp::float32> adj_result = _wp_adj_args->result;
    wp::array_t<wp::vec_t<3, wp::float32>> adj_moment_out = _wp_adj_args->moment_out;
    //---------
    // primal vars
    wp::int32 var_0;
    const wp::int32 var_1 = 0;
    wp::int32 var_2;
    const wp::float32 var_3 = 0.0;
    wp::vec_t<3, wp::float32> var_4;
    wp::range_t var_5;
    wp::int32 var_6;
    wp::int32 var_7;
    wp::int32 var_8;
    wp::uint32 var_9;
    wp::vec_t<3, wp::float32> var_10;
    wp::vec_t<3, wp::float32> var_11;
    wp::float32 var_12;
    wp::float32 var_13;
    const wp::float32 var_14 = 0.0;
    bool var_15;
    const wp::int32 var_16 = 1;
    wp::int32 var_17;
    wp::vec_t<3, wp::float32> var_18;
    wp::int32 var_19;
    wp::vec_t<3, wp::float32> var_20;
    const wp::float32 var_21 = 8.0;
    const wp::int32 var_22 = 1;
    wp::int32 var_23;
    wp::float32 var_24;
    wp::float32 var_25;
    const wp::int32 var_26 = 0;
    wp::float32 var_27;
    wp::float32 var_28;
    wp::float32 var_29;
    const wp::int32 var_30 = 0;
    wp::vec_t<3, wp::float32> var_31;
    wp::vec_t<3, wp::float32> var_32;
    //---------
    // dual vars
    wp::int32 adj_0 = {};
    wp::int32 adj_1 = {};
    wp::int32 adj_2 = {};
    wp::float32 adj_3 = {};
    wp::vec_t<3, wp::float32> adj_4 = {};
    wp::range_t adj_5 = {};
    wp::int32 adj_6 = {};
    wp::int32 adj_7 = {};
    wp::int32 adj_8 = {};
    wp::uint32 adj_9 = {};
    wp::vec_t<3, wp::float32> adj_10 = {};
    wp::vec_t<3, wp::float32> adj_11 = {};
    wp::float32 adj_12 = {};
    wp::float32 adj_13 = {};
    wp::float32 adj_14 = {};
    bool adj_15 = {};
    wp::int32 adj_16 = {};
    wp::int32 adj_17 = {};
    wp::vec_t<3, wp::float32> adj_18 = {};
    wp::int32 adj_19 = {};
    wp::vec_t<3, wp::float32> adj_20 = {};
    wp::float32 adj_21 = {};
    wp::int32 adj_22 = {};
    wp::int32 adj_23 = {};
    wp::float32 adj_24 = {};
    wp::float32 adj_25 = {};
    wp::int32 adj_26 = {};
    wp::float32 adj_27 = {};
    wp::float32 adj_28 = {};
    wp::float32 adj_29 = {};
    wp::int32 adj_30 = {};
    wp::vec_t<3, wp::float32> adj_31 = {};
    wp::vec_t<3, wp::float32> adj_32 = {};
    //---------
    // forward
    // def integrate_occupancy(                                                               <L 5>
    // tid = wp.tid()                                                                         <L 14>
    var_0 = builtin_tid1d();
    // inside = int(0)                                                                        <L 15>
    var_2 = wp::int(var_1);
    // centroid = wp.vec3(0.0)                                                                <L 16>
    var_4 = wp::vec_t<3, wp::float32>(var_3);
    // for s in range(num_samples):                                                           <L 17>
    var_5 = wp::range(var_num_samples);
    // scale = 8.0 / float(wp.max(num_samples, 1))                                            <L 27>
    var_23 = wp::max(var_num_samples, var_22);
    var_24 = wp::float(var_23);
    var_25 = wp::div(var_21, var_24);
    // wp.atomic_add(result, 0, scale * float(inside))                                        <L 28>
    var_27 = wp::float(var_2);
    var_28 = wp::mul(var_25, var_27);
    // var_29 = wp::atomic_add(var_result, var_26, var_28);
    // wp.atomic_add(moment_out, 0, centroid * scale)                                         <L 29>
    var_31 = wp::mul(var_4, var_25);
    // var_32 = wp::atomic_add(var_moment_out, var_30, var_31);
    //---------
    // reverse
    wp::adj_atomic_add(var_moment_out, var_30, var_31, adj_moment_out, adj_30, adj_31, adj_32);
    wp::adj_mul(var_4, var_25, adj_4, adj_25, adj_31);
    // adj: wp.atomic_add(moment_out, 0, centroid * scale)                                    <L 29>
    wp::adj_atomic_add(var_result, var_26, var_28, adj_result, adj_26, adj_28, adj_29);
    wp::adj_mul(var_25, var_27, adj_25, adj_27, adj_28);
    wp::adj_float(var_2, adj_2, adj_27);
    // adj: wp.atomic_add(result, 0, scale * float(inside))                                   <L 28>
    wp::adj_div(var_21, var_24, var_25, adj_21, adj_24, adj_25);
    wp::adj_float(var_23, adj_23, adj_24);
    wp::adj_max(var_num_samples, var_22, adj_num_samples, adj_22, adj_23);
    // adj: scale = 8.0 / float(wp.max(num_samples, 1))                                       <L 27>
    var_5 = wp::iter_reverse(var_5);
    start_for_0:;
        if (iter_cmp(var_5) == 0) goto end_for_0;
        var_6 = wp::iter_next(var_5);
    	adj_7 = {};
    	adj_8 = {};
    	adj_9 = {};
    	adj_10 = {};
    	adj_11 = {};
    	adj_12 = {};
    	adj_13 = {};
    	adj_14 = {};
    	adj_15 = {};
    	adj_16 = {};
    	adj_17 = {};
    	adj_18 = {};
    	adj_19 = {};
    	adj_20 = {};
        // rng = wp.rand_init(seed, tid * num_samples + s)                                    <L 19>
        var_7 = wp::mul(var_0, var_num_samples);
        var_8 = wp::add(var_7, var_6);
        var_9 = wp::rand_init(var_seed, var_8);
        // p_local = wp.sample_unit_cube(rng)                                                 <L 20>
        var_10 = wp::sample_unit_cube(var_9);
        // p = wp.transform_point(collider_pose, p_local)                                     <L 22>
        var_11 = wp::transform_point(var_collider_pose, var_10);
        // if (wp.dot(p, ground_normal) - ground_height) < 0.0:                               <L 23>
        var_12 = wp::dot(var_11, var_ground_normal);
        var_13 = wp::sub(var_12, var_ground_height);
        var_15 = (var_13 < var_14);
        if (var_15) {
            // inside += 1                                                                    <L 24>
            var_17 = wp::add(var_2, var_16);
            // centroid += p                                                                  <L 25>
            var_18 = wp::add(var_4, var_11);
        }
        var_19 = wp::where(var_15, var_17, var_2);
        var_20 = wp::where(var_15, var_18, var_4);
        wp::assign(var_2, var_19);
        wp::assign(var_4, var_20);
        wp::adj_assign(var_4, var_20, adj_4, adj_20);
        wp::adj_assign(var_2, var_19, adj_2, adj_19);
        wp::adj_where(var_15, var_18, var_4, adj_15, adj_18, adj_4, adj_20);
        wp::adj_where(var_15, var_17, var_2, adj_15, adj_17, adj_2, adj_19);
        if (var_15) {
            wp::adj_add(var_4, var_11, adj_4, adj_11, adj_18);
            // adj: centroid += p                                                             <L 25>
            wp::adj_add(var_2, var_16, adj_2, adj_16, adj_17);
            // adj: inside += 1                                                               <L 24>
        }
        wp::adj_sub(var_12, var_ground_height, adj_12, adj_ground_height, adj_13);
        wp::adj_dot(var_11, var_ground_normal, adj_11, adj_ground_normal, adj_12);
        // adj: if (wp.dot(p, ground_normal) - ground_height) < 0.0:                          <L 23>
        wp::adj_transform_point(var_collider_pose, var_10, adj_collider_pose, adj_10, adj_11);
        // adj: p = wp.transform_point(collider_pose, p_local)                                <L 22>
        // adj: p_local = wp.sample_unit_cube(rng)                                            <L 20>
        wp::adj_add(var_7, var_6, adj_7, adj_6, adj_8);
        wp::adj_mul(var_0, var_num_samples, adj_0, adj_num_samples, adj_7);
        // adj: rng = wp.rand_init(seed, tid * num_samples + s)                               <L 19>
    	goto start_for_0;
    end_for_0:;
    // adj: for s in range(num_samples):                                                      <L 17>
    wp::adj_vec_t(var_3, adj_3, adj_4);
    // adj: centroid = wp.vec3(0.0)                                                           <L 16>
    // adj: inside = int(0)                                                                   <L 15>
    // adj: tid = wp.tid()                                                                    <L 14>
    // adj: def integrate_occupancy(                                                          <L 5>
    return;
}



struct integrate_occupancy_f9979c23_cpu_block_payload_forward
{
    wp_args_integrate_occupancy_f9979c23* args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void integrate_occupancy_f9979c23_cpu_block_thunk_forward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    integrate_occupancy_f9979c23_cpu_block_payload_forward* payload = (integrate_occupancy_f9979c23_cpu_block_payload_forward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    integrate_occupancy_f9979c23_cpu_kernel_forward<false>(*dim, task_index, payload->args);
}

extern "C" {

// Python CPU entry points
WP_API void integrate_occupancy_f9979c23_cpu_forward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_occupancy_f9979c23 *_wp_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        integrate_occupancy_f9979c23_cpu_block_payload_forward payload = { _wp_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &integrate_occupancy_f9979c23_cpu_block_thunk_forward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C



struct integrate_occupancy_f9979c23_cpu_block_payload_backward
{
    wp_args_integrate_occupancy_f9979c23* args;
    wp_args_integrate_occupancy_f9979c23* adj_args;
    wp::tile_shared_storage_t* tile_mem;
    size_t block_first;
};

static void integrate_occupancy_f9979c23_cpu_block_thunk_backward(
    void* dim_ptr, size_t, int lane, void* payload_ptr)
{
    wp::launch_bounds_t<1>* dim = (wp::launch_bounds_t<1>*)dim_ptr;
    integrate_occupancy_f9979c23_cpu_block_payload_backward* payload = (integrate_occupancy_f9979c23_cpu_block_payload_backward*)payload_ptr;
    wp::tile_shared_storage_t::bind(payload->tile_mem);
    const size_t task_index = payload->block_first + (size_t)lane;
    integrate_occupancy_f9979c23_cpu_kernel_backward<false>(*dim, task_index, payload->args, payload->adj_args);
}

extern "C" {

WP_API void integrate_occupancy_f9979c23_cpu_backward(
    wp::launch_bounds_t<1> *dim,
    wp_args_integrate_occupancy_f9979c23 *_wp_args,
    wp_args_integrate_occupancy_f9979c23 *_wp_adj_args)
{
    constexpr size_t block_dim = (size_t)WP_TILE_BLOCK_DIM;
    const size_t total = dim->size;
    size_t block_first = 0;
    size_t block_id = 0;

    while (block_first < total)
    {
        const size_t remaining = total - block_first;
        const int active_count = (int)(remaining < block_dim ? remaining : block_dim);
        wp::tile_shared_storage_t tile_mem;
        integrate_occupancy_f9979c23_cpu_block_payload_backward payload = { _wp_args, _wp_adj_args, &tile_mem, block_first };
        if (!wp_cpu_run_block(
                WP_TILE_BLOCK_DIM, active_count, &integrate_occupancy_f9979c23_cpu_block_thunk_backward, dim, block_id, &payload))
            return;
        block_first += (size_t)active_count;
        ++block_id;
    }
}

} // extern C

